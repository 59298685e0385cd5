using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Auth;
using Platform.Kernel.Http;
using Platform.Secrets.Contracts.Sys;

namespace Platform.Secrets.Api;

/// <summary>Vault's audit routes: list, enable, disable, and the hash of a value as a device would log it.</summary>
internal static class SysAuditEndpoints
{
    public static void MapSysAuditApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("sys/audit", async (IMediator mediator, CallContext context, CancellationToken ct) =>
        {
            var devices = await mediator.Send(new ListAuditDevicesQuery(), ct);
            return VaultResults.Raw(WithLegacyTopLevel(context, devices, devices.ToDictionary(d => d.Key, d => (object?)d.Value)));
        });

        v1.MapMethods("sys/audit/{**path}", VaultVerbs.Write, async (string path, HttpRequest http, IMediator mediator, CancellationToken ct) =>
        {
            var body = await VaultBody.ReadAsync<EnableBody>(http, ct);
            await mediator.Send(new EnableAuditDeviceCommand(path, body.Type ?? "", body.Description ?? "", OptionStrings(body.Options), body.Local ?? false), ct);
            return VaultResults.NoContent();
        });

        v1.MapDelete("sys/audit/{**path}", async (string path, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new DisableAuditDeviceCommand(path), ct);
            return VaultResults.NoContent();
        });

        v1.MapMethods("sys/audit-hash/{**path}", VaultVerbs.Write, async (string path, HttpRequest http, IMediator mediator, CallContext context, CancellationToken ct) =>
        {
            var body = await VaultBody.ReadAsync<HashBody>(http, ct);
            var hash = await mediator.Send(new AuditHashCommand(path, body.Input ?? ""), ct);
            return VaultResults.Raw(WithLegacyTopLevel(context, new { hash = hash.Hash }, new Dictionary<string, object?> { ["hash"] = hash.Hash }));
        });
    }

    /// <summary>
    /// Vault answers these routes with the envelope and, for older clients, the same fields again at the top level
    /// (<c>{"file/": {…}, "data": {"file/": {…}}}</c>); hvac reads either.
    /// </summary>
    private static Dictionary<string, object?> WithLegacyTopLevel(CallContext context, object data, Dictionary<string, object?> topLevel)
    {
        var envelope = VaultEnvelope.ForData(context.RequestId, data);
        var body = new Dictionary<string, object?>(topLevel, StringComparer.Ordinal)
        {
            ["request_id"] = envelope.RequestId,
            ["lease_id"] = envelope.LeaseId,
            ["renewable"] = envelope.Renewable,
            ["lease_duration"] = envelope.LeaseDuration,
            ["data"] = envelope.Data,
            ["wrap_info"] = envelope.WrapInfo,
            ["warnings"] = envelope.Warnings,
            ["auth"] = envelope.Auth,
        };
        return body;
    }

    /// <summary>Vault's JSON may give option values as strings, booleans or numbers; devices read them as strings.</summary>
    private static Dictionary<string, string> OptionStrings(Dictionary<string, JsonElement>? options) =>
        (options ?? []).Where(p => p.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            .ToDictionary(
                p => p.Key,
                p => p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString()!,
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => p.Value.GetRawText(),
                },
                StringComparer.Ordinal);

    private sealed class EnableBody
    {
        public string? Type { get; set; }

        public string? Description { get; set; }

        public Dictionary<string, JsonElement>? Options { get; set; }

        public bool? Local { get; set; }
    }

    private sealed class HashBody
    {
        public string? Input { get; set; }
    }
}
