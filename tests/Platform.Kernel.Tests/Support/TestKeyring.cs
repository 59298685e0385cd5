using System.Security.Cryptography;
using Platform.Kernel.Storage;

namespace Platform.Kernel.Tests.Support;

/// <summary>A keyring of random terms that outlives silo restarts, standing in for what unsealing installs.</summary>
public sealed class TestKeyring
{
    private readonly Dictionary<uint, byte[]> _terms = new() { [1] = RandomNumberGenerator.GetBytes(32) };

    public uint ActiveTerm { get; private set; } = 1;

    public IReadOnlyDictionary<uint, byte[]> Terms => _terms;

    /// <summary>Adds a term and makes it the active one (what <c>sys/rotate</c> does).</summary>
    public void Rotate()
    {
        ActiveTerm++;
        _terms[ActiveTerm] = RandomNumberGenerator.GetBytes(32);
    }

    public AesGcmBarrier UnsealedBarrier()
    {
        var barrier = new AesGcmBarrier();
        barrier.Install(_terms, ActiveTerm);
        return barrier;
    }
}
