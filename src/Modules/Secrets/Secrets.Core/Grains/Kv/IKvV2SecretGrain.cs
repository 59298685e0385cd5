using Orleans.Concurrency;

namespace Platform.Secrets.Grains.Kv;

/// <summary>
/// One KV v2 secret with its version history (key: <see cref="KvGrainKey"/> of its path). Every change runs the
/// rules of <c>Domain/Kv/KvSecretHistory</c> and stores the whole history in one write: a write is acknowledged
/// only once it is on disk. Errors carry Vault's texts (CAS mismatch, CAS required: 400).
/// </summary>
public interface IKvV2SecretGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<bool> ExistsAsync();

    /// <summary>The version asked for (null or 0: the current one), or null when there is no such version.</summary>
    [ReadOnly]
    Task<KvVersionRead?> ReadAsync(int? version);

    Task<KvVersionRead> WriteAsync(byte[] data, int? cas, KvEngineConfig config);

    /// <summary>Applies a JSON merge patch to the current version and stores the result as a new one (404 when none is readable).</summary>
    Task<KvVersionRead> PatchAsync(byte[] patch, int? cas, KvEngineConfig config);

    /// <summary>Soft-deletes versions; null: the current one.</summary>
    Task DeleteVersionsAsync(int[]? versions);

    /// <summary>Restores versions; with a delete_version_after in force (secret or mount) they are deleted again that long from now.</summary>
    Task UndeleteAsync(int[] versions, KvEngineConfig config);

    Task DestroyAsync(int[] versions);

    [ReadOnly]
    Task<KvSecretMetadata?> GetMetadataAsync();

    Task WriteMetadataAsync(KvMetadataUpdate update);

    /// <summary>Merges a metadata patch into an existing secret's metadata; false (nothing stored) when there is no secret.</summary>
    Task<bool> PatchMetadataAsync(KvMetadataPatch patch);

    /// <summary>Deletes the secret, every version and its metadata (<c>DELETE metadata/PATH</c>).</summary>
    Task DeleteAllAsync();

    /// <summary>Forgets the secret without touching the listing (the whole mount is being deleted).</summary>
    Task ClearAsync();
}
