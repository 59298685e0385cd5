namespace Platform.Kernel.Ids;

/// <summary>
/// Random (version 4) UUIDs for ids that only have to be unique, never unguessable: request ids, storage ETags.
/// Drawn from <see cref="Random.Shared"/>, because <see cref="Guid.NewGuid"/> reads the kernel's random source with a
/// system call each time (about 2% of the CPU of a KV read, more on writes). Anything that grants access (tokens,
/// accessors, keys, nonces) uses the cryptographic generator instead.
/// </summary>
public static class UniqueIds
{
    public static Guid NewUuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 (in Guid's byte order the version is in byte 7)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }
}
