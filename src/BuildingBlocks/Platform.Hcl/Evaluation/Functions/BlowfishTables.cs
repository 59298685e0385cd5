using System.Numerics;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// Blowfish's initial P-array and S-boxes: by definition the hexadecimal digits of π's fractional part, in order
/// (P1 = 0x243F6A88). They are computed once here with Machin's formula rather than pasted as 4 KB of constants.
/// </summary>
internal static class BlowfishTables
{
    private const int Words = 18 + (4 * 256);

    private static readonly Lazy<uint[]> Digits = new(ComputePiWords);

    /// <summary>A fresh copy of the 18 P words followed by the four 256-word S-boxes.</summary>
    public static uint[] InitialState() => (uint[])Digits.Value.Clone();

    public static int PCount => 18;

    private static uint[] ComputePiWords()
    {
        var bits = (Words * 32) + 64;
        var scale = BigInteger.One << bits;

        // π = 16·atan(1/5) − 4·atan(1/239), in fixed point with 64 guard bits.
        var pi = (16 * ArcTanInverse(5, scale)) - (4 * ArcTanInverse(239, scale));
        var fraction = pi - (3 * scale);
        var words = new uint[Words];
        for (var i = 0; i < Words; i++)
        {
            fraction <<= 32;
            var word = fraction >> bits;
            words[i] = (uint)word;
            fraction -= word << bits;
        }

        return words;
    }

    private static BigInteger ArcTanInverse(int x, BigInteger scale)
    {
        var xSquared = x * x;
        var term = scale / x;
        var sum = term;
        for (var n = 1; !term.IsZero; n++)
        {
            term /= xSquared;
            var part = term / ((2 * n) + 1);
            sum += n % 2 == 1 ? -part : part;
        }

        return sum;
    }
}
