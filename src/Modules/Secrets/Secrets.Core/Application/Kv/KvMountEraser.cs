using Platform.Secrets.Grains.Kv;
using Platform.Secrets.Grains.Mounts;

namespace Platform.Secrets.Application.Kv;

/// <summary>
/// Deletes everything a disabled KV mount stored by walking its listing index from the top (no storage scan): each
/// secret, then each folder once its entries are gone, then the mount's config. Subfolders and secrets of one folder
/// are erased in parallel.
/// </summary>
internal sealed class KvMountEraser(IGrainFactory grains)
{
    private const int Parallelism = 16;

    public async Task EraseAsync(MountEntry mount, bool versioned, CancellationToken cancellationToken)
    {
        await EraseFolderAsync(mount.Uuid, "", versioned, cancellationToken);
        if (versioned)
        {
            await grains.GetGrain<IKvConfigGrain>(mount.Uuid).ClearAsync();
        }
    }

    private async Task EraseFolderAsync(string uuid, string folder, bool versioned, CancellationToken cancellationToken)
    {
        var index = grains.GetGrain<IKvFolderGrain>(KvGrainKey.Of(uuid, folder));
        var entries = await index.ListAsync();
        await Parallel.ForEachAsync(entries, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (entry, ct) =>
        {
            var path = folder + entry;
            if (entry.EndsWith('/'))
            {
                await EraseFolderAsync(uuid, path, versioned, ct);
            }
            else if (versioned)
            {
                await grains.GetGrain<IKvV2SecretGrain>(KvGrainKey.Of(uuid, path)).ClearAsync();
            }
            else
            {
                await grains.GetGrain<IKvV1EntryGrain>(KvGrainKey.Of(uuid, path)).ClearAsync();
            }
        });
        await index.ClearAsync();
    }
}
