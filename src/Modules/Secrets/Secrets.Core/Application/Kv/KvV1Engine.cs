using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Kernel.Errors;
using Platform.Kernel.Http;
using Platform.Secrets.Application.Mounts;
using Platform.Secrets.Application.Routing;
using Platform.Secrets.Contracts.Logical;
using Platform.Secrets.Domain.Kv;
using Platform.Secrets.Grains.Kv;
using Platform.Secrets.Grains.Mounts;

namespace Platform.Secrets.Application.Kv;

/// <summary>
/// KV v1: a secret is a JSON object stored as given at its path. Reads report the mount's default lease TTL (or the
/// secret's own <c>ttl</c> key) as <c>lease_duration</c> without creating a lease, as Vault's passthrough does.
/// </summary>
internal sealed class KvV1Engine(IGrainFactory grains)
{
    public async Task<bool?> ExistsAsync(MountEntry mount, string path) =>
        path.Length > 0 && !path.EndsWith('/') && await Entry(mount, path).ExistsAsync();

    public async Task<LogicalResponse> HandleAsync(LogicalCall call)
    {
        var path = call.RelativePath;
        switch (call.Operation)
        {
            case LogicalOperation.List:
                return await KvListings.ListAsync(grains, call.Mount, path);
            case LogicalOperation.Read:
                return await ReadAsync(call.Mount, path);
            case LogicalOperation.Create or LogicalOperation.Update:
                KvKeyPath.Parse(path);
                await Entry(call.Mount, path).PutAsync(JsonSerializer.SerializeToUtf8Bytes(GoJsonKeyOrder.Sorted(call.Data)));
                return LogicalResponse.Empty;
            case LogicalOperation.Delete:
                if (path.Length > 0 && !path.EndsWith('/'))
                {
                    await Entry(call.Mount, path).DeleteAsync();
                }

                return LogicalResponse.Empty;
            default:
                return LogicalResponse.Unsupported;
        }
    }

    private async Task<LogicalResponse> ReadAsync(MountEntry mount, string path)
    {
        if (path.Length == 0 || path.EndsWith('/'))
        {
            throw new NotFoundException("");
        }

        var value = await Entry(mount, path).GetAsync() ?? throw new NotFoundException("");
        var data = JsonNode.Parse(value)!.AsObject();
        return new LogicalResponse(data) { LeaseDuration = RefreshSeconds(mount, data) };
    }

    /// <summary>The secret's own <c>ttl</c> (seconds or a duration string) when it parses, else the mount's default.</summary>
    private static long RefreshSeconds(MountEntry mount, JsonObject data)
    {
        var ttl = data["ttl"] switch
        {
            JsonValue value when value.TryGetValue<long>(out var seconds) => (TimeSpan?)TimeSpan.FromSeconds(seconds),
            JsonValue value when value.TryGetValue<string>(out var text) && VaultDuration.TryParse(text, out var parsed, out _) => parsed,
            _ => null,
        };
        return (long)(ttl ?? MountInfoMapping.EffectiveDefaultTtl(mount)).TotalSeconds;
    }

    private IKvV1EntryGrain Entry(MountEntry mount, string path) =>
        grains.GetGrain<IKvV1EntryGrain>(KvGrainKey.Of(mount.Uuid, path));
}
