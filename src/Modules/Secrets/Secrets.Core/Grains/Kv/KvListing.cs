using Platform.Secrets.Domain.Kv;

namespace Platform.Secrets.Grains.Kv;

/// <summary>How a secret grain links itself into (and out of) its folder of the listing index.</summary>
internal static class KvListing
{
    public static Task LinkAsync(IGrainFactory grains, string secretGrainKey)
    {
        var (folder, entry) = Locate(secretGrainKey);
        return grains.GetGrain<IKvFolderGrain>(folder).AddAsync(entry);
    }

    public static Task UnlinkAsync(IGrainFactory grains, string secretGrainKey)
    {
        var (folder, entry) = Locate(secretGrainKey);
        return grains.GetGrain<IKvFolderGrain>(folder).RemoveAsync(entry);
    }

    private static (string FolderKey, string Entry) Locate(string secretGrainKey)
    {
        var (uuid, path) = KvGrainKey.Parse(secretGrainKey);
        var key = KvKeyPath.Parse(path);
        return (KvGrainKey.Of(uuid, key.Folder), key.Name);
    }
}
