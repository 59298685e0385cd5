using Platform.Secrets.Application.Routing;
using Platform.Secrets.Contracts.Logical;
using Platform.Secrets.Grains.Kv;
using Platform.Secrets.Grains.Mounts;

namespace Platform.Secrets.Application.Kv;

/// <summary>
/// KV v2: the first segment of the path under the mount names the route (<c>data/</c>, <c>metadata/</c>,
/// <c>subkeys/</c>, <c>delete/</c>, <c>undelete/</c>, <c>destroy/</c>, <c>config</c>), the rest is the secret's path. Any other path
/// gets Vault's 404 with the warning that points v1-style callers at <c>vault kv</c>.
/// </summary>
internal sealed class KvV2Engine(IGrainFactory grains, KvV2DataPath data, KvV2MetadataPath metadata, KvV2SubkeysPath subkeys, KvV2VersionsPath versions, KvV2ConfigPath config)
{
    public async Task<bool?> ExistsAsync(MountEntry mount, string relativePath)
    {
        var (route, path) = Split(relativePath);
        if (route is "data" or "metadata" && path.Length > 0 && !path.EndsWith('/'))
        {
            return await grains.GetGrain<IKvV2SecretGrain>(KvGrainKey.Of(mount.Uuid, path)).ExistsAsync();
        }

        return null;
    }

    public Task<LogicalResponse> HandleAsync(LogicalCall call)
    {
        var (route, path) = Split(call.RelativePath);
        return route switch
        {
            "data" => data.HandleAsync(call, path),
            "metadata" => metadata.HandleAsync(call, path),
            "subkeys" => subkeys.HandleAsync(call, path),
            "delete" or "undelete" or "destroy" => versions.HandleAsync(call, route, path),
            "config" when path.Length == 0 => config.HandleAsync(call),
            _ => Task.FromResult(InvalidPath(call.Operation)),
        };
    }

    private static (string Route, string Path) Split(string relativePath)
    {
        var slash = relativePath.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (relativePath, "") : (relativePath[..slash], relativePath[(slash + 1)..]);
    }

    private static LogicalResponse InvalidPath(LogicalOperation operation)
    {
        var command = operation switch
        {
            LogicalOperation.Create or LogicalOperation.Update => "put",
            LogicalOperation.Read => "get",
            LogicalOperation.List => "list",
            LogicalOperation.Delete => "delete",
            _ => "patch",
        };
        return new LogicalResponse(null, [$"Invalid path for a versioned K/V secrets engine. See the API docs for the appropriate API endpoints to use. If using the Vault CLI, use 'vault kv {command}' for this operation."])
        {
            StatusCode = 404,
        };
    }
}
