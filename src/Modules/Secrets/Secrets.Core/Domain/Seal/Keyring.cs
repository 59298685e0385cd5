using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Platform.Secrets.Domain.Seal;

/// <summary>
/// The barrier's keys: one 256-bit AES key per term, the highest term active. <c>sys/rotate</c> adds a term; old
/// terms stay so everything written under them still decrypts. Serialized only to be encrypted by the root key.
/// </summary>
public sealed class Keyring
{
    private readonly SortedDictionary<uint, Term> _terms;

    private Keyring(SortedDictionary<uint, Term> terms)
    {
        _terms = terms;
    }

    public uint ActiveTerm => _terms.Keys.Last();

    public IReadOnlyDictionary<uint, byte[]> Keys => _terms.ToDictionary(t => t.Key, t => t.Value.Key);

    public DateTimeOffset ActiveInstallTime => _terms[ActiveTerm].InstalledAt;

    public static Keyring CreateNew(DateTimeOffset now) => new(new SortedDictionary<uint, Term> { [1] = new(RandomNumberGenerator.GetBytes(32), now) });

    /// <summary>A new keyring with one more term; this one is left unchanged.</summary>
    public Keyring Rotate(DateTimeOffset now)
    {
        var terms = new SortedDictionary<uint, Term>(_terms) { [ActiveTerm + 1] = new(RandomNumberGenerator.GetBytes(32), now) };
        return new Keyring(terms);
    }

    /// <summary>Layout: count(4) then per term: term(4) | unix-ms(8) | key(32). Big-endian.</summary>
    public byte[] Serialize()
    {
        var output = new byte[4 + _terms.Count * 44];
        BinaryPrimitives.WriteInt32BigEndian(output, _terms.Count);
        var offset = 4;
        foreach (var (term, entry) in _terms)
        {
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(offset), term);
            BinaryPrimitives.WriteInt64BigEndian(output.AsSpan(offset + 4), entry.InstalledAt.ToUnixTimeMilliseconds());
            entry.Key.CopyTo(output.AsSpan(offset + 12));
            offset += 44;
        }

        return output;
    }

    public static Keyring Deserialize(ReadOnlySpan<byte> bytes)
    {
        var count = BinaryPrimitives.ReadInt32BigEndian(bytes);
        if (count < 1 || bytes.Length != 4 + count * 44)
        {
            throw new CryptographicException("Keyring bytes are malformed.");
        }

        var terms = new SortedDictionary<uint, Term>();
        for (var i = 0; i < count; i++)
        {
            var entry = bytes.Slice(4 + i * 44, 44);
            terms[BinaryPrimitives.ReadUInt32BigEndian(entry)] = new Term(
                entry.Slice(12, 32).ToArray(),
                DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(entry[4..])));
        }

        return new Keyring(terms);
    }

    private sealed record Term(byte[] Key, DateTimeOffset InstalledAt);
}
