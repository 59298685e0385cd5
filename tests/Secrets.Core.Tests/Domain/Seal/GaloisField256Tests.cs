using Platform.Secrets.Domain.Seal;

namespace Platform.Secrets.Tests.Domain.Seal;

public sealed class GaloisField256Tests
{
    [Fact]
    public void Multiply_Fips197Example_MatchesStandard()
    {
        // FIPS-197 §4.2: {57} • {83} = {c1}, and {57} • {13} = {fe}.
        Assert.Equal(0xC1, GaloisField256.Multiply(0x57, 0x83));
        Assert.Equal(0xFE, GaloisField256.Multiply(0x57, 0x13));
    }

    [Fact]
    public void Inverse_EveryNonZeroElement_MultipliesToOne()
    {
        for (var a = 1; a < 256; a++)
        {
            Assert.Equal(1, GaloisField256.Multiply((byte)a, GaloisField256.Inverse((byte)a)));
        }
    }

    [Fact]
    public void Multiply_AllPairs_CommutativeAndDistributiveOverAdd()
    {
        for (var a = 0; a < 256; a++)
        {
            for (var b = 0; b < 256; b++)
            {
                Assert.Equal(GaloisField256.Multiply((byte)a, (byte)b), GaloisField256.Multiply((byte)b, (byte)a));
                const byte c = 0x1D;
                Assert.Equal(
                    GaloisField256.Multiply((byte)a, GaloisField256.Add((byte)b, c)),
                    GaloisField256.Add(GaloisField256.Multiply((byte)a, (byte)b), GaloisField256.Multiply((byte)a, c)));
            }
        }
    }

    [Fact]
    public void Divide_ByZero_Throws()
    {
        Assert.Throws<DivideByZeroException>(() => GaloisField256.Divide(7, 0));
    }
}
