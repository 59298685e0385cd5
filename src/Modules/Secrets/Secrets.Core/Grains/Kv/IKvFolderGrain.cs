using Orleans.Concurrency;

namespace Platform.Secrets.Grains.Kv;

/// <summary>
/// One folder of a KV mount's listing index (key: <see cref="KvGrainKey"/> of the folder path): the names of the
/// secrets and subfolders (<c>name/</c>) directly in it, so LIST reads one grain and disabling a mount walks the
/// tree instead of scanning storage. A folder adds itself to its parent when it gains its first entry and removes
/// itself when it loses its last; each folder is one activation, so those steps never interleave.
/// </summary>
public interface IKvFolderGrain : IGrainWithStringKey
{
    Task AddAsync(string entry);

    Task RemoveAsync(string entry);

    [ReadOnly]
    Task<IReadOnlyList<string>> ListAsync();

    /// <summary>Forgets the folder without touching its parent (the whole mount is being deleted).</summary>
    Task ClearAsync();
}
