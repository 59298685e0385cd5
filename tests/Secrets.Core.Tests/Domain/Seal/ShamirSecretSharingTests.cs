using CsCheck;
using Platform.Secrets.Domain.Seal;

namespace Platform.Secrets.Tests.Domain.Seal;

public sealed class ShamirSecretSharingTests
{
    // Secrets of 16+ bytes: a wrong rebuild matching by chance has probability 2^-128, so "differs" is certain.
    private static readonly Gen<(byte[] Secret, int Shares, int Threshold, int Seed)> Splits =
        from secret in Gen.Byte.Array[16, 64]
        from shares in Gen.Int[2, 10]
        from threshold in Gen.Int[2, shares]
        from seed in Gen.Int
        select (secret, shares, threshold, seed);

    [Fact]
    public void Combine_AnyThresholdOfShares_RebuildsSecret()
    {
        Splits.Sample(c =>
        {
            var parts = ShamirSecretSharing.Split(c.Secret, c.Shares, c.Threshold);
            var order = Enumerable.Range(0, c.Shares).ToArray();
            new Random(c.Seed).Shuffle(order);
            var chosen = order.Take(c.Threshold).Select(i => parts[i]).ToList();
            return ShamirSecretSharing.Combine(chosen).AsSpan().SequenceEqual(c.Secret);
        }, iter: 500);
    }

    [Fact]
    public void Combine_AllShares_RebuildsSecret()
    {
        Splits.Sample(c =>
        {
            var parts = ShamirSecretSharing.Split(c.Secret, c.Shares, c.Threshold);
            return ShamirSecretSharing.Combine(parts).AsSpan().SequenceEqual(c.Secret);
        }, iter: 200);
    }

    [Fact]
    public void Combine_OneShareFewerThanThreshold_DoesNotRebuildSecret()
    {
        Splits.Where(c => c.Threshold >= 3).Sample(c =>
        {
            var parts = ShamirSecretSharing.Split(c.Secret, c.Shares, c.Threshold);
            return !ShamirSecretSharing.Combine(parts.Take(c.Threshold - 1).ToList()).AsSpan().SequenceEqual(c.Secret);
        }, iter: 300);
    }

    [Fact]
    public void Combine_CorruptedShare_DoesNotRebuildSecret()
    {
        Splits.Sample(c =>
        {
            var parts = ShamirSecretSharing.Split(c.Secret, c.Shares, c.Threshold).Take(c.Threshold).Select(p => p.ToArray()).ToList();
            var victim = parts[(c.Seed & 0x7FFF) % parts.Count];
            victim[(c.Seed >>> 16) % (victim.Length - 1)] ^= 0x5A; // a y-byte, never the x-coordinate
            return !ShamirSecretSharing.Combine(parts).AsSpan().SequenceEqual(c.Secret);
        }, iter: 300);
    }

    [Fact]
    public void Split_Shares_HaveDistinctNonZeroXAndSecretLengthPlusOne()
    {
        var parts = ShamirSecretSharing.Split(new byte[32], 5, 3);

        Assert.All(parts, p => Assert.Equal(33, p.Length));
        Assert.Equal(5, parts.Select(p => p[^1]).Distinct().Count());
        Assert.DoesNotContain(parts, p => p[^1] == 0);
    }

    [Theory]
    [InlineData(5, 1)]
    [InlineData(3, 4)]
    [InlineData(256, 3)]
    public void Split_InvalidSharesOrThreshold_Throws(int shares, int threshold)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ShamirSecretSharing.Split(new byte[32], shares, threshold));
    }

    [Fact]
    public void Combine_SameShareTwice_Throws()
    {
        var parts = ShamirSecretSharing.Split(new byte[32], 3, 2);

        var error = Assert.Throws<ArgumentException>(() => ShamirSecretSharing.Combine([parts[0], parts[0]]));
        Assert.Contains("given twice", error.Message);
    }

    [Fact]
    public void Combine_SharesOfDifferentLengths_Throws()
    {
        var a = ShamirSecretSharing.Split(new byte[32], 3, 2);
        var b = ShamirSecretSharing.Split(new byte[16], 3, 2);

        Assert.Throws<ArgumentException>(() => ShamirSecretSharing.Combine([a[0], b[1]]));
    }
}
