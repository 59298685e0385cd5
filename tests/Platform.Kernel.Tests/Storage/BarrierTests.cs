using CsCheck;
using Platform.Kernel.Errors;
using Platform.Kernel.Storage;
using Platform.Kernel.Tests.Support;

namespace Platform.Kernel.Tests.Storage;

public sealed class BarrierTests
{
    private static readonly Gen<(byte[] Plaintext, byte[] Aad)> Inputs =
        from plaintext in Gen.Byte.Array[0, 2048]
        from aad in Gen.Byte.Array[0, 128]
        select (plaintext, aad);

    [Fact]
    public void Decrypt_OwnCiphertext_ReturnsThePlaintext()
    {
        var barrier = new TestKeyring().UnsealedBarrier();

        Inputs.Sample(input => Assert.Equal(input.Plaintext, barrier.Decrypt(barrier.Encrypt(input.Plaintext, input.Aad), input.Aad)));
    }

    [Fact]
    public void Decrypt_AnyFlippedBit_ThrowsIntegrity()
    {
        var barrier = new TestKeyring().UnsealedBarrier();
        var flips = from input in Inputs
                    from position in Gen.Int[0, int.MaxValue]
                    from bit in Gen.Int[0, 7]
                    select (input, position, bit);

        flips.Sample(f =>
        {
            var ciphertext = barrier.Encrypt(f.input.Plaintext, f.input.Aad);
            ciphertext[f.position % ciphertext.Length] ^= (byte)(1 << f.bit);
            Assert.Throws<BarrierIntegrityException>(() => barrier.Decrypt(ciphertext, f.input.Aad));
        });
    }

    [Fact]
    public void Decrypt_OtherAssociatedData_ThrowsIntegrity()
    {
        var barrier = new TestKeyring().UnsealedBarrier();
        var pairs = from input in Inputs
                    from other in Gen.Byte.Array[0, 128]
                    where !other.AsSpan().SequenceEqual(input.Aad)
                    select (input, other);

        pairs.Sample(p => Assert.Throws<BarrierIntegrityException>(
            () => barrier.Decrypt(barrier.Encrypt(p.input.Plaintext, p.input.Aad), p.other)));
    }

    [Fact]
    public void Decrypt_TermThisNodeDoesNotHold_ThrowsIntegrity()
    {
        var keyring = new TestKeyring();
        keyring.Rotate();
        var writer = keyring.UnsealedBarrier();
        var reader = new AesGcmBarrier();
        reader.Install(new Dictionary<uint, byte[]> { [1] = keyring.Terms[1] }, 1);

        var ciphertext = writer.Encrypt("written under term 2"u8, "aad"u8);

        var failure = Assert.Throws<BarrierIntegrityException>(() => reader.Decrypt(ciphertext, "aad"u8));
        Assert.Contains("term 2", failure.Message);
    }

    [Fact]
    public void Decrypt_UnknownTermAfterRotationElsewhere_RefreshesThroughTheResolver()
    {
        var keyring = new TestKeyring();
        var reader = keyring.UnsealedBarrier();
        keyring.Rotate();
        var writer = keyring.UnsealedBarrier();
        reader.UnknownTermResolver = _ => keyring.Terms;

        var ciphertext = writer.Encrypt("rotated"u8, "aad"u8);

        Assert.Equal("rotated"u8.ToArray(), reader.Decrypt(ciphertext, "aad"u8));
        Assert.Equal(2u, reader.ActiveTerm);
    }

    [Fact]
    public void EncryptAndDecrypt_WhileSealed_ThrowSealedException()
    {
        var barrier = new TestKeyring().UnsealedBarrier();
        var ciphertext = barrier.Encrypt("value"u8, "aad"u8);

        barrier.Seal();

        Assert.True(barrier.IsSealed);
        Assert.Throws<SealedException>(() => barrier.Encrypt("value"u8, "aad"u8));
        Assert.Throws<SealedException>(() => barrier.Decrypt(ciphertext, "aad"u8));
    }
}
