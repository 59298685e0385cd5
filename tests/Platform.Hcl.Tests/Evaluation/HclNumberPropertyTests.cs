using System.Globalization;
using System.Numerics;
using CsCheck;
using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Tests.Evaluation;

public class HclNumberPropertyTests
{
    // Literal precision (512 bits). Numbers made with FromLong carry 64 bits, as cty's NumberIntVal does, so
    // their products stay exact in value but, like Go's shortest formatting, may print rounded digits.
    [Fact]
    public void Arithmetic_RandomIntegerLiterals_ExactAsBigInteger()
    {
        Gen.Select(Gen.Long, Gen.Long).Sample((a, b) =>
        {
            var x = HclNumber.Parse(a.ToString(CultureInfo.InvariantCulture));
            var y = HclNumber.Parse(b.ToString(CultureInfo.InvariantCulture));
            AssertExact(new BigInteger(a) + b, x + y);
            AssertExact(new BigInteger(a) - b, x - y);
            AssertExact(new BigInteger(a) * b, x * y);
        });
    }

    [Fact]
    public void ToString_RandomDouble_ShortestRoundTripDigits()
    {
        Gen.Double.Where(double.IsFinite).Sample(d =>
        {
            var text = HclNumber.FromDouble(d).ToString();
            Assert.Equal(d, double.Parse(text, CultureInfo.InvariantCulture));
            Assert.Equal(SignificantDigits(d.ToString("R", CultureInfo.InvariantCulture)), SignificantDigits(text));
        });
    }

    [Fact]
    public void Parse_DecimalWithUpTo100Digits_FormatsBackToSameDecimal()
    {
        var digits = Gen.Char['0', '9'].Array[1, 100].Select(c => new string(c));
        Gen.Select(digits, Gen.Int[-60, 60], Gen.Bool).Sample((mantissa, exponent, negative) =>
        {
            var text = $"{(negative ? "-" : "")}{mantissa}e{exponent}";
            var number = HclNumber.Parse(text);
            Assert.Equal(Normalize(text), Normalize(number.ToString()));
            Assert.Equal(number, HclNumber.Parse(number.ToString()));
        });
    }

    [Fact]
    public void Divide_ThenMultiply_RoundTripsWithinPrecision()
    {
        Gen.Select(Gen.Long[1, long.MaxValue], Gen.Long[1, 1_000_000]).Sample((a, b) =>
        {
            var x = HclNumber.Parse(a.ToString(CultureInfo.InvariantCulture));
            var y = HclNumber.Parse(b.ToString(CultureInfo.InvariantCulture));
            var back = x / y * y;
            var error = (back - x).Abs();
            Assert.True(error <= x * HclNumber.Parse("1e-150"), $"{a} / {b} * {b} = {back}");
        });
    }

    // Zero may print "-0": Go's big.Float keeps the sign of a zero product (0 * -5), and cty prints it.
    private static void AssertExact(BigInteger expected, HclNumber actual)
    {
        Assert.True(actual.IsInteger);
        Assert.Equal(expected, actual.Truncate());
        var text = actual.ToString();
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), expected.IsZero && text == "-0" ? "0" : text);
    }

    private static int SignificantDigits(string text)
    {
        var mantissa = text.Split('E', 'e')[0].TrimStart('-').Replace(".", "", StringComparison.Ordinal);
        return mantissa.TrimStart('0').TrimEnd('0').Length;
    }

    /// <summary>Sign, significant digits and decimal point position, so equal decimals compare equal.</summary>
    private static string Normalize(string text)
    {
        var negative = text.StartsWith('-');
        text = text.TrimStart('-');
        var exponent = 0;
        var e = text.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        if (point >= 0)
        {
            exponent -= text.Length - point - 1;
            text = text.Remove(point, 1);
        }

        var trimmed = text.TrimStart('0');
        if (trimmed.Length == 0)
        {
            return "0";
        }

        var zeros = trimmed.Length - trimmed.TrimEnd('0').Length;
        return $"{(negative ? "-" : "")}{trimmed.TrimEnd('0')}e{exponent + zeros}";
    }
}
