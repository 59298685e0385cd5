using System.Text.Json.Nodes;
using Platform.Host.Cli.Api;

namespace Platform.Host.Cli.Kv;

/// <summary>
/// Where a <c>platform kv</c> path lives: its mount (<c>secret/</c>), the path inside it, and the engine version.
/// Found the way the Vault CLI finds it, by asking <c>sys/internal/ui/mounts/PATH</c>; KV v2 then addresses
/// <c>MOUNT/data/…</c>, <c>MOUNT/metadata/…</c> and the other sub-paths, KV v1 the path itself.
/// </summary>
internal sealed record KvTarget(string Mount, string Path, int Version)
{
    public bool IsV2 => Version == 2;

    /// <summary>The API path for a v2 sub-path (<c>data</c>, <c>metadata</c>, <c>delete</c>…), or the plain path on v1.</summary>
    public string Api(string section) => IsV2 ? $"{Mount}{section}/{Path}" : Mount + Path;

    public static async Task<KvTarget> ResolveAsync(PlatformApiClient client, string path, string? mount, CancellationToken cancellationToken)
    {
        var cleaned = path.Trim().Trim('/');
        var probe = mount is { Length: > 0 } ? mount.Trim('/') + "/" + cleaned : cleaned;
        JsonNode? response;
        try
        {
            response = await client.GetAsync("sys/internal/ui/mounts/" + probe, cancellationToken);
        }
        catch (ApiException exception) when (exception.StatusCode == 403)
        {
            throw new KvPreflightException($"preflight capability check returned 403, please ensure client's policies grant access to path \"{probe.TrimEnd('/')}/\"");
        }

        var mountPath = response?["data"]?["path"]?.GetValue<string>() is { Length: > 0 } found
            ? found
            : throw new KvPreflightException($"no secrets engine is mounted at the path \"{probe}\"");
        var version = response?["data"]?["options"]?["version"]?.GetValue<string>() == "2" ? 2 : 1;
        var relative = (probe + "/").StartsWith(mountPath, StringComparison.Ordinal) ? probe[Math.Min(mountPath.Length, probe.Length)..] : cleaned;
        return new KvTarget(mountPath, relative, version);
    }
}
