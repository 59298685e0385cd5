using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Security.Cryptography;
using Platform.Kernel.Errors;

namespace Platform.Kernel.Storage;

/// <summary>
/// AES-256-GCM barrier. Ciphertext layout: <c>version(1) | term(4, big-endian) | nonce(12) | ciphertext | tag(16)</c>;
/// the 5-byte header is authenticated together with the caller's associated data, so neither the term nor the
/// binding to a grain can be changed. Nonces are random (96 bits): safe far beyond the number of writes one term
/// sees; <c>sys/rotate</c> starts a new term.
/// </summary>
public sealed class AesGcmBarrier : IBarrier
{
    private const byte Version = 1;
    private const int HeaderSize = 5;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private volatile Keys? _keys;

    /// <summary>Called with a term this process does not hold (another node rotated); returns the terms to install, or null.</summary>
    public Func<uint, IReadOnlyDictionary<uint, byte[]>?>? UnknownTermResolver { get; set; }

    public bool IsSealed => _keys is null;

    public uint ActiveTerm => _keys?.Active ?? 0;

    /// <summary>Unseals (or refreshes after a rotation): installs every term and the one to write with.</summary>
    public void Install(IReadOnlyDictionary<uint, byte[]> terms, uint activeTerm)
    {
        if (!terms.ContainsKey(activeTerm))
        {
            throw new ArgumentException($"Active term {activeTerm} is not in the keyring.", nameof(activeTerm));
        }

        var ciphers = terms.ToFrozenDictionary(t => t.Key, t => new CipherPool(t.Value));
        _keys = new Keys(ciphers, activeTerm);
    }

    /// <summary>Seals: forgets every key. Pools are left to the GC; the key bytes were copied into them.</summary>
    public void Seal()
    {
        var previous = _keys;
        _keys = null;
        if (previous is not null)
        {
            foreach (var pool in previous.Ciphers.Values)
            {
                pool.Dispose();
            }
        }
    }

    public byte[] Encrypt(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var keys = _keys ?? throw new SealedException();
        var output = new byte[HeaderSize + NonceSize + plaintext.Length + TagSize];
        output[0] = Version;
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(1, 4), keys.Active);
        var nonce = output.AsSpan(HeaderSize, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        var ciphertext = output.AsSpan(HeaderSize + NonceSize, plaintext.Length);
        var tag = output.AsSpan(HeaderSize + NonceSize + plaintext.Length, TagSize);
        var aad = Aad(output.AsSpan(0, HeaderSize), associatedData);
        var pool = keys.Ciphers[keys.Active];
        var gcm = pool.Rent();
        try
        {
            gcm.Encrypt(nonce, plaintext, ciphertext, tag, aad);
        }
        finally
        {
            pool.Return(gcm);
        }

        return output;
    }

    public byte[] Decrypt(ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> associatedData)
    {
        var keys = _keys ?? throw new SealedException();
        if (ciphertext.Length < HeaderSize + NonceSize + TagSize || ciphertext[0] != Version)
        {
            throw new BarrierIntegrityException("Stored value is not barrier ciphertext (wrong version or too short).");
        }

        var term = BinaryPrimitives.ReadUInt32BigEndian(ciphertext.Slice(1, 4));
        if (!keys.Ciphers.TryGetValue(term, out var pool))
        {
            keys = Refresh(term) ?? throw new BarrierIntegrityException($"Stored value was written under keyring term {term}, which this node does not hold.");
            pool = keys.Ciphers[term];
        }

        var body = ciphertext[(HeaderSize + NonceSize)..^TagSize];
        var plaintext = new byte[body.Length];
        var nonce = ciphertext.Slice(HeaderSize, NonceSize);
        var tag = ciphertext[^TagSize..];
        var aad = Aad(ciphertext[..HeaderSize], associatedData);
        var gcm = pool.Rent();
        try
        {
            gcm.Decrypt(nonce, body, tag, plaintext, aad);
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new BarrierIntegrityException("Stored value failed authentication: tampered, or bound to another record.");
        }
        finally
        {
            pool.Return(gcm);
        }

        return plaintext;
    }

    private Keys? Refresh(uint term)
    {
        var terms = UnknownTermResolver?.Invoke(term);
        if (terms is null || !terms.ContainsKey(term) || _keys is not { } current)
        {
            return null;
        }

        Install(terms, Math.Max(current.Active, terms.Keys.Max()));
        return _keys;
    }

    private static byte[] Aad(ReadOnlySpan<byte> header, ReadOnlySpan<byte> associatedData)
    {
        var aad = new byte[header.Length + associatedData.Length];
        header.CopyTo(aad);
        associatedData.CopyTo(aad.AsSpan(header.Length));
        return aad;
    }

    private sealed record Keys(FrozenDictionary<uint, CipherPool> Ciphers, uint Active);

    /// <summary>
    /// <see cref="AesGcm"/> instances are not safe for concurrent use and costly to create (key schedule), so each
    /// term keeps a small pool instead of one per call.
    /// </summary>
    private sealed class CipherPool(byte[] key) : IDisposable
    {
        private readonly byte[] _key = (byte[])key.Clone();
        private readonly ConcurrentBag<AesGcm> _idle = [];

        public AesGcm Rent() => _idle.TryTake(out var gcm) ? gcm : new AesGcm(_key, TagSize);

        public void Return(AesGcm gcm) => _idle.Add(gcm);

        public void Dispose()
        {
            while (_idle.TryTake(out var gcm))
            {
                gcm.Dispose();
            }

            CryptographicOperations.ZeroMemory(_key);
        }
    }
}
