using Orleans.Concurrency;

namespace Platform.Secrets.Grains.Kv;

/// <summary>One KV v1 secret (key: <see cref="KvGrainKey"/> of its path): the JSON object as UTF-8, nothing else.</summary>
public interface IKvV1EntryGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<byte[]?> GetAsync();

    [ReadOnly]
    Task<bool> ExistsAsync();

    Task PutAsync(byte[] value);

    Task DeleteAsync();

    /// <summary>Forgets the secret without touching the listing (the whole mount is being deleted).</summary>
    Task ClearAsync();
}
