namespace Platform.Secrets.Grains.Kv;

/// <summary>
/// Keys of the KV grains: the mount's uuid, a slash, then the path within the mount (a secret's path, or a folder
/// ending in '/', "" for the top). The uuid has no slash, so the first one separates the two; a remount keeps the
/// uuid and so the data.
/// </summary>
public static class KvGrainKey
{
    public static string Of(string mountUuid, string path) => mountUuid + "/" + path;

    public static (string MountUuid, string Path) Parse(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return (key[..slash], key[(slash + 1)..]);
    }
}
