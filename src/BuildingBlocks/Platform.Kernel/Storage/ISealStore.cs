namespace Platform.Kernel.Storage;

/// <summary>
/// The few records that live outside the barrier (seal configuration, the root key encrypted by the unseal key,
/// the keyring encrypted by the root key). Everything here is either public or already ciphertext. Shared by every
/// node of a cluster: it lives in the same backend as grain state.
/// </summary>
public interface ISealStore
{
    Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Synchronous read, for the barrier's refresh after another node rotated the keyring.</summary>
    byte[]? Get(string key);

    Task PutAsync(string key, byte[] value, CancellationToken cancellationToken);

    /// <summary>Writes only when the key is absent (the one atomic step of init); false when it existed.</summary>
    Task<bool> TryAddAsync(string key, byte[] value, CancellationToken cancellationToken);
}
