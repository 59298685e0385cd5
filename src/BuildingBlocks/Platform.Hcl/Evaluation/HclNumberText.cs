using System.Numerics;
using System.Text;

namespace Platform.Hcl.Evaluation;

/// <summary>
/// Decimal text in and out of <see cref="HclNumber"/>. Output follows Go's <c>big.Float.Text('f', -1)</c>:
/// the shortest digit string that still rounds back to the same binary value at the value's precision
/// (bounds x ± ½ulp, inclusive when the mantissa is even), written without an exponent.
/// </summary>
internal static class HclNumberText
{
    // Decimal exponents beyond this are refused rather than expanded into gigantic integers.
    private const int MaxDecimalExponent = 100_000;

    public static bool TryParse(string text, int precision, out HclNumber number)
    {
        // Most literals are small whole numbers: skip the general decimal machinery for them.
        if (text.Length is > 0 and <= 18 && text.All(char.IsAsciiDigit))
        {
            number = HclNumber.Create(false, long.Parse(text, System.Globalization.CultureInfo.InvariantCulture), 0, precision);
            return true;
        }

        number = HclNumber.Zero;
        var i = 0;
        var negative = false;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            negative = text[i] == '-';
            i++;
        }

        var digits = new StringBuilder();
        var fractionDigits = 0;
        var seenPoint = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                digits.Append(c);
                if (seenPoint)
                {
                    fractionDigits++;
                }
            }
            else if (c == '.' && !seenPoint)
            {
                seenPoint = true;
            }
            else
            {
                break;
            }
        }

        if (digits.Length == 0)
        {
            return false;
        }

        long exponent = 0;
        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            var exponentNegative = false;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                exponentNegative = text[i] == '-';
                i++;
            }

            var start = i;
            for (; i < text.Length && text[i] is >= '0' and <= '9'; i++)
            {
                exponent = Math.Min(exponent * 10 + (text[i] - '0'), 10L * MaxDecimalExponent);
            }

            if (i == start)
            {
                return false;
            }

            exponent = exponentNegative ? -exponent : exponent;
        }

        if (i != text.Length)
        {
            return false;
        }

        exponent -= fractionDigits;
        var mantissa = BigInteger.Parse(digits.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        if (mantissa.IsZero)
        {
            number = HclNumber.Create(negative, BigInteger.Zero, 0, precision);
            return true;
        }

        if (Math.Abs(exponent) > MaxDecimalExponent)
        {
            return false;
        }

        number = exponent >= 0
            ? HclNumber.Create(negative, mantissa * PowerOfTen((int)exponent), 0, precision)
            : HclNumber.Quotient(negative, mantissa, PowerOfTen((int)-exponent), 0, precision);
        return true;
    }

    public static string Format(HclNumber number)
    {
        var sign = number.IsNegative ? "-" : "";
        if (number.IsInfinity)
        {
            return number.IsNegative ? "-Inf" : "+Inf";
        }

        if (number.IsZero)
        {
            return sign + "0";
        }

        // An integer that fits its precision has an ulp of at most 1, so no shorter decimal lies within half
        // an ulp of it: its exact digits are the shortest form (and far cheaper than the general search).
        if (number.IsInteger && number.MinPrecision + number.RawExponent <= number.Precision)
        {
            return sign + (number.RawMantissa << number.RawExponent).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var value = DecimalDigits.Of(number.RawMantissa, number.RawExponent);
        value = Shortest(value, number);
        return sign + value.ToFixed();
    }

    /// <summary>
    /// Go's <c>big.Float.String()</c> (<c>Text('g', 10)</c>): ten significant digits, exponent form for very
    /// large or small values. cty renders set elements this way to order sets of structured values.
    /// </summary>
    public static string FormatGeneral10(HclNumber number)
    {
        const int precision = 10;
        var sign = number.IsNegative ? "-" : "";
        if (number.IsInfinity)
        {
            return number.IsNegative ? "-Inf" : "+Inf";
        }

        if (number.IsZero)
        {
            return sign + "0";
        }

        var digits = DecimalDigits.Of(number.RawMantissa, number.RawExponent).Round(precision);
        var exponentLimit = precision;
        if (exponentLimit > digits.Digits.Length && digits.Digits.Length >= digits.Point)
        {
            exponentLimit = digits.Digits.Length;
        }

        var exponent = digits.Point - 1;
        if (exponent < -4 || exponent >= exponentLimit)
        {
            var shown = Math.Min(precision, digits.Digits.Length);
            var builder = new StringBuilder(sign).Append(digits.At(0));
            if (shown > 1)
            {
                builder.Append('.');
                for (var i = 1; i < shown; i++)
                {
                    builder.Append(digits.At(i));
                }
            }

            builder.Append('e').Append(exponent < 0 ? '-' : '+');
            return builder.Append(Math.Abs(exponent).ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToString();
        }

        var fraction = precision > digits.Point ? Math.Max(digits.Digits.Length - digits.Point, 0) : Math.Max(precision - digits.Point, 0);
        return sign + digits.ToFixed(fraction);
    }

    private static DecimalDigits Shortest(DecimalDigits value, HclNumber number)
    {
        // Scale the mantissa to precision+1 bits so its lowest bit is half an ulp.
        var mantissa = number.RawMantissa;
        var shift = number.Precision + 1 - (int)mantissa.GetBitLength();
        mantissa <<= shift;
        var exponent = number.RawExponent - shift;
        var lower = DecimalDigits.Of(mantissa - 1, exponent);
        var upper = DecimalDigits.Of(mantissa + 1, exponent);
        var inclusive = (mantissa & 2).IsZero;

        for (var i = 0; i < value.Digits.Length; i++)
        {
            var m = value.Digits[i];
            var l = lower.At(i);
            var u = upper.At(i);
            var okDown = l != m || (inclusive && i + 1 == lower.Digits.Length);
            var okUp = m != u && (inclusive || m + 1 < u || i + 1 < upper.Digits.Length);
            if (okDown && okUp)
            {
                return value.Round(i + 1);
            }

            if (okDown)
            {
                return value.RoundDown(i + 1);
            }

            if (okUp)
            {
                return value.RoundUp(i + 1);
            }
        }

        return value;
    }

    // Formatting a 512-bit fraction needs 5^k for k up to ~1100 again and again; small powers are cached.
    private static readonly BigInteger[] FivePowers = BuildPowers(5, 2048);

    private static BigInteger[] BuildPowers(int radix, int count)
    {
        var powers = new BigInteger[count];
        powers[0] = BigInteger.One;
        for (var i = 1; i < count; i++)
        {
            powers[i] = powers[i - 1] * radix;
        }

        return powers;
    }

    private static readonly BigInteger[] TenPowers = BuildPowers(10, 400);

    private static BigInteger PowerOfTen(int exponent) =>
        exponent < TenPowers.Length ? TenPowers[exponent] : BigInteger.Pow(10, exponent);

    private static BigInteger PowerOfFive(int exponent) =>
        exponent < FivePowers.Length ? FivePowers[exponent] : BigInteger.Pow(5, exponent);

    /// <summary>An exact decimal <c>0.Digits × 10^Point</c>, digits without trailing zeros (Go's <c>decimal</c>).</summary>
    private readonly record struct DecimalDigits(string Digits, int Point)
    {
        public static DecimalDigits Of(BigInteger mantissa, int binaryExponent)
        {
            string digits;
            int point;
            if (binaryExponent >= 0)
            {
                digits = (mantissa << binaryExponent).ToString(System.Globalization.CultureInfo.InvariantCulture);
                point = digits.Length;
            }
            else
            {
                // m × 2^-k = m × 5^k / 10^k
                digits = (mantissa * PowerOfFive(-binaryExponent)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                point = digits.Length + binaryExponent;
            }

            return Trim(digits, point);
        }

        public char At(int i) => i >= 0 && i < Digits.Length ? Digits[i] : '0';

        public DecimalDigits Round(int n)
        {
            if (n < 0 || n >= Digits.Length)
            {
                return this;
            }

            var up = Digits[n] == '5' && n + 1 == Digits.Length
                ? n > 0 && (Digits[n - 1] - '0') % 2 != 0
                : Digits[n] >= '5';
            return up ? RoundUp(n) : RoundDown(n);
        }

        public DecimalDigits RoundDown(int n) => n < 0 || n >= Digits.Length ? this : Trim(Digits[..n], Point);

        public DecimalDigits RoundUp(int n)
        {
            if (n < 0 || n >= Digits.Length)
            {
                return this;
            }

            var i = n - 1;
            while (i >= 0 && Digits[i] == '9')
            {
                i--;
            }

            if (i < 0)
            {
                return new DecimalDigits("1", Point + 1);
            }

            return new DecimalDigits(Digits[..i] + (char)(Digits[i] + 1), Point);
        }

        public string ToFixed() => ToFixed(Math.Max(Digits.Length - Point, 0));

        public string ToFixed(int fraction)
        {
            var builder = new StringBuilder();
            if (Point > 0)
            {
                var whole = Math.Min(Digits.Length, Point);
                builder.Append(Digits, 0, whole).Append('0', Point - whole);
            }
            else
            {
                builder.Append('0');
            }

            if (fraction > 0)
            {
                builder.Append('.');
                for (var i = 0; i < fraction; i++)
                {
                    builder.Append(At(Point + i));
                }
            }

            return builder.ToString();
        }

        private static DecimalDigits Trim(string digits, int point)
        {
            var end = digits.Length;
            while (end > 0 && digits[end - 1] == '0')
            {
                end--;
            }

            return end == 0 ? new DecimalDigits("", 0) : new DecimalDigits(digits[..end], point);
        }
    }
}
