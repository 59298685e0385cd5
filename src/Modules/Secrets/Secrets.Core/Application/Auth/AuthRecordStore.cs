using Platform.Secrets.Grains.Auth;
using Platform.Secrets.Grains.Mounts;

namespace Platform.Secrets.Application.Auth;

/// <summary>
/// A named collection of one record type under an auth mount (<c>users</c>, <c>groups</c>, <c>config</c>): a grain
/// per record plus the sharded name index LIST reads. Index first on write, last on delete (see
/// <see cref="IAuthNameIndexGrain"/>).
/// </summary>
internal sealed class AuthRecordStore<TRecord>(IGrainFactory grains, string collection)
    where TRecord : class
{
    public Task<TRecord?> GetAsync(MountEntry mount, string name) => Record(mount, name).GetAsync();

    public async Task PutAsync(MountEntry mount, string name, TRecord record)
    {
        await Index(mount, name).AddAsync(name);
        await Record(mount, name).PutAsync(record);
    }

    public async Task<bool> DeleteAsync(MountEntry mount, string name)
    {
        var deleted = await Record(mount, name).DeleteAsync();
        await Index(mount, name).RemoveAsync(name);
        return deleted;
    }

    /// <summary>Every name, sorted as Vault lists keys.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(MountEntry mount)
    {
        var shards = await Task.WhenAll(AuthRecordKeys.AllIndexShards(mount.Uuid, collection)
            .Select(key => grains.GetGrain<IAuthNameIndexGrain>(key).ListAsync()));
        return shards.SelectMany(names => names).Order(StringComparer.Ordinal).ToList();
    }

    public async Task DeleteAllAsync(MountEntry mount)
    {
        foreach (var name in await ListAsync(mount))
        {
            await Record(mount, name).DeleteAsync();
        }

        await Task.WhenAll(AuthRecordKeys.AllIndexShards(mount.Uuid, collection)
            .Select(key => grains.GetGrain<IAuthNameIndexGrain>(key).ClearAsync()));
    }

    private IAuthRecordGrain<TRecord> Record(MountEntry mount, string name) =>
        grains.GetGrain<IAuthRecordGrain<TRecord>>(AuthRecordKeys.Record(mount.Uuid, collection, name));

    private IAuthNameIndexGrain Index(MountEntry mount, string name) =>
        grains.GetGrain<IAuthNameIndexGrain>(AuthRecordKeys.IndexShard(mount.Uuid, collection, name));
}
