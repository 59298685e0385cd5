using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Auth;
using Platform.Kernel.Http;
using Platform.Kernel.Storage;
using Platform.Secrets.Domain.Audit;

namespace Platform.Secrets.Application.Audit;

/// <summary>
/// The real <see cref="IAuditBroker"/>: turns a request or response into an <see cref="AuditRecord"/> and hands it
/// to every enabled device, each hashing with its own salt. One device writing is enough; if devices are enabled
/// and none writes, the call throws and the request fails. With no device enabled the checks are two field reads
/// and a completed task: nothing is serialised or allocated.
/// </summary>
internal sealed class AuditBroker(AuditDeviceRegistry registry, IBarrier barrier, TimeProvider time, ILogger<AuditBroker> logger) : IAuditBroker
{
    public Task LogRequestAsync(CallContext context, object request, CancellationToken cancellationToken)
    {
        // Sealed, the device table cannot be read and nothing but seal-status, health, init and unseal is served.
        if (barrier.IsSealed || registry.Current is { Devices.Count: 0 })
        {
            return Task.CompletedTask;
        }

        return WriteAsync(context, request, AuditRecord.RequestType, null, null, cancellationToken);
    }

    public Task LogResponseAsync(CallContext context, object request, object? response, Exception? error, CancellationToken cancellationToken)
    {
        // A request that sealed the barrier (sys/seal) still gets its response entry from the snapshot in hand.
        var current = registry.Current;
        if (current is { Devices.Count: 0 } || (current is null && barrier.IsSealed))
        {
            return Task.CompletedTask;
        }

        return WriteAsync(context, request, AuditRecord.ResponseType, response, error, cancellationToken);
    }

    private async Task WriteAsync(CallContext context, object request, string type, object? response, Exception? error, CancellationToken cancellationToken)
    {
        var devices = (await registry.GetAsync(cancellationToken)).Devices;
        if (devices.Count == 0)
        {
            return;
        }

        var identity = context.Identity;
        var auth = identity is null && string.IsNullOrEmpty(context.Token)
            ? null
            : new AuditAuth(context.Token, identity?.Accessor ?? "", identity?.DisplayName ?? "", identity?.Policies ?? [], identity?.Metadata ?? new Dictionary<string, string>());
        var record = new AuditRecord(
            type,
            time.GetUtcNow(),
            auth,
            new AuditRequest(context.RequestId, AuditOperation.FromHttpMethod(context.Operation), context.Token, identity?.Accessor, context.Path, RequestData(request), context.RemoteAddress),
            type == AuditRecord.ResponseType ? new AuditResponse(response is null ? null : JsonSerializer.SerializeToNode(response, response.GetType(), VaultJson.Options), null) : null,
            error is null ? "" : ErrorText(error));

        var written = 0;
        List<string>? failures = null;
        foreach (var device in devices)
        {
            try
            {
                await device.Sink.WriteAsync(AuditEntryWriter.ToJsonLine(record, device.Hmac, device.HmacAccessor), cancellationToken);
                written++;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                logger.LogError("Audit device {Path} could not write to {FilePath}: {Message}", device.Path, device.Sink.FilePath, exception.Message);
                (failures ??= []).Add($"{device.Path}: {exception.Message}");
            }
        }

        if (written == 0)
        {
            throw new AuditWriteFailedException("no audit device could write the entry, so the request was refused: " + string.Join("; ", failures!));
        }
    }

    /// <summary>The request's own fields; the ACL declaration is a property of the type, not data the caller sent.</summary>
    private static JsonNode? RequestData(object request)
    {
        var node = JsonSerializer.SerializeToNode(request, request.GetType(), VaultJson.Options);
        if (node is JsonObject fields && request is IAclRequest)
        {
            fields.Remove("acl_path");
            fields.Remove("required_capability");
        }

        return node;
    }

    /// <summary>Platform errors carry user-facing texts without secrets; anything else is summarised by type.</summary>
    private static string ErrorText(Exception error) =>
        error is Platform.Kernel.Errors.PlatformException ? error.Message : "internal error: " + error.GetType().Name;
}
