using System.Text;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// A non-negative number as decimal digits: value = 0.<see cref="Digits"/> × 10^<see cref="Point"/>, with no
/// leading or trailing zeros in Digits (empty for zero). <c>format</c>'s %f %e %g work on this, as Go's big.Float
/// formatting does, so large and precise numbers print exactly instead of through a double.
/// </summary>
internal readonly record struct DecimalText(string Digits, int Point)
{
    public static DecimalText Of(HclNumber number)
    {
        var text = number.Abs().ToString();
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integer = dot < 0 ? text : text[..dot];
        var all = dot < 0 ? text : integer + text[(dot + 1)..];
        var leading = all.Length - all.TrimStart('0').Length;
        var digits = all[leading..].TrimEnd('0');
        return digits.Length == 0 ? new DecimalText("", 0) : new DecimalText(digits, integer.Length - leading);
    }

    public bool IsZero => Digits.Length == 0;

    /// <summary>Rounded to <paramref name="n"/> significant digits, ties to even (Go's decimal rounding).</summary>
    public DecimalText Round(int n)
    {
        if (n >= Digits.Length)
        {
            return this;
        }

        if (n < 0)
        {
            return new DecimalText("", 0);
        }

        var next = Digits[n];
        var up = next > '5' || (next == '5' && (Digits.Length > n + 1 || (n > 0 && (Digits[n - 1] - '0') % 2 == 1)));
        if (!up)
        {
            var kept = Digits[..n].TrimEnd('0');
            return kept.Length == 0 ? new DecimalText("", 0) : new DecimalText(kept, Point);
        }

        var chars = Digits[..n].ToCharArray();
        var i = n - 1;
        while (i >= 0 && chars[i] == '9')
        {
            chars[i] = '0';
            i--;
        }

        if (i < 0)
        {
            return new DecimalText("1", Point + 1);
        }

        chars[i]++;
        return new DecimalText(new string(chars).TrimEnd('0'), Point);
    }

    public char DigitAt(int index) => index >= 0 && index < Digits.Length ? Digits[index] : '0';

    /// <summary>%f: <paramref name="precision"/> digits after the point.</summary>
    public string Fixed(int precision)
    {
        var rounded = Round(Point + precision);
        var builder = new StringBuilder();
        if (rounded.Point <= 0)
        {
            builder.Append('0');
        }
        else
        {
            for (var i = 0; i < rounded.Point; i++)
            {
                builder.Append(rounded.DigitAt(i));
            }
        }

        if (precision > 0)
        {
            builder.Append('.');
            for (var i = 0; i < precision; i++)
            {
                builder.Append(rounded.DigitAt(rounded.Point + i));
            }
        }

        return builder.ToString();
    }

    /// <summary>%e: one digit, the point, <paramref name="precision"/> digits, and a two-digit-minimum exponent.</summary>
    public string Scientific(int precision, char e)
    {
        var rounded = Round(precision + 1);
        var builder = new StringBuilder().Append(rounded.DigitAt(0));
        if (precision > 0)
        {
            builder.Append('.');
            for (var i = 1; i <= precision; i++)
            {
                builder.Append(rounded.DigitAt(i));
            }
        }

        var exponent = rounded.IsZero ? 0 : rounded.Point - 1;
        return builder.Append(e).Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>%g: shortest digits without a precision (exponent threshold 6), else that many significant digits.</summary>
    public string General(int? precision, char e)
    {
        if (IsZero)
        {
            return "0";
        }

        var value = precision is { } p ? Round(Math.Max(p, 1)) : this;
        var significant = precision is { } q ? Math.Max(q, 1) : value.Digits.Length;
        var eprec = precision is null ? 6 : significant;
        if (precision is not null && eprec > value.Digits.Length && value.Digits.Length >= value.Point)
        {
            eprec = value.Digits.Length;
        }

        var exponent = value.Point - 1;
        if (exponent < -4 || exponent >= eprec)
        {
            return value.Scientific(Math.Min(significant, value.Digits.Length) - 1, e);
        }

        var fractionDigits = Math.Max(value.Digits.Length - value.Point, 0);
        return value.Fixed(fractionDigits);
    }
}
