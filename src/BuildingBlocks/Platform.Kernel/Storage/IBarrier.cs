namespace Platform.Kernel.Storage;

/// <summary>
/// The encryption barrier every piece of grain state passes through (DESIGN: "Storage, sealing, consensus").
/// Unsealed, it holds the keyring's terms in memory and encrypts with the active one; sealed, it holds no key and
/// every call throws <see cref="Errors.SealedException"/>. One per process: each node unseals on its own.
/// </summary>
public interface IBarrier
{
    bool IsSealed { get; }

    /// <summary>The term new ciphertext is written under (0 while sealed).</summary>
    uint ActiveTerm { get; }

    /// <param name="associatedData">Bound to the ciphertext (e.g. the grain id): decrypting under other data fails.</param>
    byte[] Encrypt(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData);

    /// <exception cref="Errors.SealedException">The barrier is sealed.</exception>
    /// <exception cref="BarrierIntegrityException">Tampered ciphertext, wrong associated data or unknown term.</exception>
    byte[] Decrypt(ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> associatedData);
}
