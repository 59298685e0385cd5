using System.Text;

namespace Platform.Hcl.Json.Hcl2Json;

/// <summary>
/// Writes an HCL number literal the way cty prints a number (Go's <c>big.Float.Text('f', -1)</c>): plain
/// decimal notation, never an exponent, no trailing zeros after the point (<c>1.50</c> → <c>1.5</c>,
/// <c>1e3</c> → <c>1000</c>, <c>15e-11</c> → <c>0.00000000015</c>). cty reads literals at 512-bit precision,
/// so for any literal of fewer than ~150 significant digits the shortest round-tripping form is the literal's own
/// digits, which is what this computes, exactly, without going through a binary float.
/// </summary>
internal static class NumberLiteralText
{
    /// <summary>Beyond this many digits the plain form would be absurdly long; such literals keep exponent form.</summary>
    private const int MaxPlainDigits = 100_000;

    public static string Format(string literal, bool negate = false) =>
        TryFormat(literal, negate, out var text) ? text : literal;

    /// <summary>
    /// False for text that is no number literal (the placeholder a damaged file's partial tree may hold), so the
    /// caller can keep it as source instead of emitting invalid JSON.
    /// </summary>
    public static bool TryFormat(string literal, bool negate, out string text)
    {
        text = literal;
        if (!TryDecompose(literal, out var digits, out var exponent))
        {
            return false;
        }

        var sign = negate ? "-" : "";
        if (digits.Length == 0)
        {
            text = sign + "0"; // cty keeps the sign of a negated zero
            return true;
        }

        // value = 0.digits × 10^exponent, digits without leading or trailing zeros.
        if (Math.Abs(exponent) > MaxPlainDigits)
        {
            text = $"{sign}{digits[0]}.{digits[1..]}e{exponent - 1}".Replace(".e", "e", StringComparison.Ordinal);
            return true;
        }

        var plain = new StringBuilder(sign);
        if (exponent <= 0)
        {
            plain.Append("0.").Append('0', -exponent).Append(digits);
        }
        else if (exponent >= digits.Length)
        {
            plain.Append(digits).Append('0', exponent - digits.Length);
        }
        else
        {
            plain.Append(digits, 0, exponent).Append('.').Append(digits, exponent, digits.Length - exponent);
        }

        text = plain.ToString();
        return true;
    }

    /// <summary>Splits <c>int[.frac][(e|E)[+-]exp]</c> into significant digits and a decimal exponent.</summary>
    private static bool TryDecompose(string literal, out string digits, out int exponent)
    {
        digits = "";
        exponent = 0;
        var i = 0;
        var mantissa = new StringBuilder();
        var pointShift = 0;
        while (i < literal.Length && char.IsAsciiDigit(literal[i]))
        {
            mantissa.Append(literal[i++]);
        }

        if (i < literal.Length && literal[i] == '.')
        {
            i++;
            while (i < literal.Length && char.IsAsciiDigit(literal[i]))
            {
                mantissa.Append(literal[i++]);
                pointShift--;
            }
        }

        if (mantissa.Length == 0)
        {
            return false;
        }

        long written = 0;
        if (i < literal.Length && (literal[i] == 'e' || literal[i] == 'E'))
        {
            i++;
            var negative = false;
            if (i < literal.Length && (literal[i] == '+' || literal[i] == '-'))
            {
                negative = literal[i++] == '-';
            }

            var expStart = i;
            while (i < literal.Length && char.IsAsciiDigit(literal[i]))
            {
                written = Math.Min(written * 10 + (literal[i++] - '0'), int.MaxValue / 2);
            }

            if (i == expStart)
            {
                return false;
            }

            written = negative ? -written : written;
        }

        if (i != literal.Length)
        {
            return false;
        }

        var all = mantissa.ToString();
        var first = 0;
        while (first < all.Length && all[first] == '0')
        {
            first++;
        }

        var last = all.Length;
        while (last > first && all[last - 1] == '0')
        {
            last--;
        }

        digits = all[first..last];
        // The digits string all represents all × 10^(pointShift); as 0.digits it needs the count of digits left of the point.
        exponent = (int)Math.Clamp(written + pointShift + (all.Length - first), int.MinValue / 2, int.MaxValue / 2);
        return true;
    }
}
