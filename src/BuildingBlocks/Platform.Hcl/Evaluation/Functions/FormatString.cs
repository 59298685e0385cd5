using System.Globalization;
using System.Numerics;
using System.Text;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// cty's <c>format</c>: Go fmt verbs (%v %#v %t %s %q %d %b %o %x %X %e %E %f %g %G %%) with flags
/// (<c>+ - # 0</c> and space), width, precision and explicit argument indexes (<c>%[2]s</c>). Messages name the
/// verb as written and its byte offset, as cty does, because users match them against their format strings.
/// </summary>
internal static class FormatString
{
    /// <summary>Formats; throws <see cref="FunctionCallException"/> (no argument index) for a bad format or argument.</summary>
    public static string Format(string format, IReadOnlyList<HclValue> args)
    {
        var output = new StringBuilder();
        var nextArg = 0;
        var usedMax = 0;
        var pos = 0;
        while (pos < format.Length)
        {
            var c = format[pos];
            if (c != '%')
            {
                output.Append(c);
                pos++;
                continue;
            }

            var start = pos;
            pos++;
            if (pos < format.Length && format[pos] == '%')
            {
                output.Append('%');
                pos++;
                continue;
            }

            var verb = new Verb { Offset = start };
            while (pos < format.Length && "+- #0".Contains(format[pos]))
            {
                verb.Apply(format[pos]);
                pos++;
            }

            if (pos < format.Length && format[pos] == '[')
            {
                var close = format.IndexOf(']', pos);
                if (close < 0 || !int.TryParse(format.AsSpan(pos + 1, close - pos - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    throw new FunctionCallException($"invalid format string starting at offset {start}");
                }

                // Argument indexes are 1-based; cty's grammar has no place for a 0 there.
                if (index < 1)
                {
                    throw new FunctionCallException($"unrecognized format character '0' at offset {pos + 1}");
                }

                nextArg = index - 1;
                pos = close + 1;
            }

            verb.Width = ReadDigits(format, ref pos);
            if (pos < format.Length && format[pos] == '.')
            {
                pos++;
                verb.Precision = ReadDigits(format, ref pos) ?? 0;
            }

            if (pos >= format.Length)
            {
                throw new FunctionCallException($"invalid format string starting at offset {start}");
            }

            var mode = char.ConvertFromUtf32(char.ConvertToUtf32(format, pos));
            pos += mode.Length;
            verb.Mode = mode[0];
            verb.Raw = format[start..pos];
            verb.ArgNum = nextArg + 1;
            if (mode.Length != 1 || !char.IsAsciiLetter(verb.Mode))
            {
                throw new FunctionCallException($"unrecognized format character '{mode}' at offset {pos - mode.Length}");
            }

            if (!"vtsqdboxXeEfgG".Contains(verb.Mode))
            {
                throw new FunctionCallException($"unsupported format verb '{mode}' in \"{verb.Raw}\" at offset {start}");
            }

            if (nextArg >= args.Count)
            {
                throw new FunctionCallException($"not enough arguments for \"{verb.Raw}\" at {verb.Offset}: need index {verb.ArgNum} but have {args.Count} total");
            }

            output.Append(verb.Pad(Render(verb, args[nextArg])));
            nextArg++;
            usedMax = Math.Max(usedMax, nextArg);
        }

        if (usedMax == 0 && args.Count > 0)
        {
            throw new FunctionCallException("too many arguments; no verbs in format string");
        }

        if (usedMax < args.Count)
        {
            throw new FunctionCallException($"too many arguments; only {usedMax} used by format string");
        }

        return output.ToString();
    }

    private const int MaxWidth = 10_000_000;

    private static int? ReadDigits(string text, ref int pos)
    {
        var begin = pos;
        while (pos < text.Length && char.IsAsciiDigit(text[pos]))
        {
            pos++;
        }

        if (pos == begin)
        {
            return null;
        }

        // Go's fmt stops reading a width or precision once it passes 1e6 (Terraform then prints "%!(NOVERB)"
        // junk); refusing anything past that bound keeps a hostile format from allocating gigabytes.
        var digits = text.AsSpan(begin, pos - begin);
        if (digits.Length > 8 || int.Parse(digits, CultureInfo.InvariantCulture) > MaxWidth)
        {
            throw new FunctionCallException($"width or precision {text[begin..pos]} at offset {begin} is too large; at most {MaxWidth} is supported");
        }

        return int.Parse(digits, CultureInfo.InvariantCulture);
    }

    private static string Render(Verb verb, HclValue arg)
    {
        if (verb.Mode == 'v')
        {
            if (verb.Sharp || !(arg.Type.IsPrimitive || arg.IsNull))
            {
                return JsonValueEncoder.Encode(arg);
            }

            if (arg.IsNull)
            {
                return "null";
            }
        }

        if (arg.IsNull)
        {
            throw Unsupported(verb, "null value cannot be formatted");
        }

        switch (verb.Mode)
        {
            case 'v':
                return arg.Type.Kind == HclTypeKind.Bool ? (arg.AsBool() ? "true" : "false") : Convert(verb, arg, HclType.String).AsString();
            case 't':
                return Convert(verb, arg, HclType.Bool).AsBool() ? "true" : "false";
            case 's':
                var text = Convert(verb, arg, HclType.String).AsString();
                return verb.Precision is { } max ? TruncateRunes(text, max) : text;
            case 'q':
                var quoted = Convert(verb, arg, HclType.String).AsString();
                return GoQuote(verb.Precision is { } limit ? TruncateRunes(quoted, limit) : quoted);
            default:
                return Number(verb, Convert(verb, arg, HclType.Number).AsNumber());
        }
    }

    private static HclValue Convert(Verb verb, HclValue arg, HclType type)
    {
        try
        {
            return HclConversion.Convert(arg, type);
        }
        catch (HclConversionException e)
        {
            throw Unsupported(verb, e.Message);
        }
    }

    private static FunctionCallException Unsupported(Verb verb, string why) =>
        new($"unsupported value for \"{verb.Raw}\" at {verb.Offset}: {why}");

    private static string Number(Verb verb, HclNumber number)
    {
        if (verb.Mode is 'd' or 'b' or 'o' or 'x' or 'X')
        {
            if (!number.IsInteger)
            {
                throw Unsupported(verb, "an integer is required");
            }

            var integer = number.Truncate();
            var magnitude = BigInteger.Abs(integer);
            var digits = verb.Mode switch
            {
                'd' => magnitude.ToString(CultureInfo.InvariantCulture),
                'b' => magnitude.IsZero ? "0" : magnitude.ToString("b", CultureInfo.InvariantCulture).TrimStart('0'),
                'o' => ToOctal(magnitude),
                'x' => magnitude.IsZero ? "0" : magnitude.ToString("x", CultureInfo.InvariantCulture).TrimStart('0'),
                _ => magnitude.IsZero ? "0" : magnitude.ToString("X", CultureInfo.InvariantCulture).TrimStart('0'),
            };
            if (verb.Precision is { } minDigits && digits.Length < minDigits)
            {
                digits = new string('0', minDigits - digits.Length) + digits;
            }

            var prefix = !verb.Sharp ? "" : verb.Mode switch { 'x' => "0x", 'X' => "0X", 'o' => "0", 'b' => "0b", _ => "" };
            return verb.Sign(integer.Sign < 0) + prefix + digits;
        }

        if (number.IsInfinity)
        {
            return (number.IsNegative ? "-" : verb.Plus ? "+" : "") + "Inf";
        }

        var text = DecimalText.Of(number);
        var body = verb.Mode switch
        {
            'f' => text.Fixed(verb.Precision ?? 6),
            'e' or 'E' => text.Scientific(verb.Precision ?? 6, verb.Mode),
            _ => text.General(verb.Precision, verb.Mode == 'G' ? 'E' : 'e'),
        };
        return verb.Sign(number.IsNegative && !number.IsZero) + body;
    }

    private static string ToOctal(BigInteger value)
    {
        if (value.IsZero)
        {
            return "0";
        }

        var digits = new StringBuilder();
        while (!value.IsZero)
        {
            digits.Insert(0, (char)('0' + (int)(value % 8)));
            value /= 8;
        }

        return digits.ToString();
    }

    private static string TruncateRunes(string text, int max)
    {
        var builder = new StringBuilder();
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (count++ == max)
            {
                break;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    /// <summary>Go's strconv.Quote: printable runes kept, the rest escaped.</summary>
    internal static string GoQuote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\a': builder.Append("\\a"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\v': builder.Append("\\v"); break;
                default:
                    var category = Rune.GetUnicodeCategory(rune);
                    var printable = category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                        or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
                        or UnicodeCategory.ParagraphSeparator) && (rune.Value == ' ' || category != UnicodeCategory.SpaceSeparator);
                    if (printable)
                    {
                        builder.Append(rune.ToString());
                    }
                    else if (rune.Value < 0x80)
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\x{rune.Value:x2}");
                    }
                    else if (rune.Value <= 0xFFFF)
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:x4}");
                    }
                    else
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\U{rune.Value:x8}");
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private sealed class Verb
    {
        public int Offset { get; init; }

        public string Raw { get; set; } = "";

        public int ArgNum { get; set; }

        public char Mode { get; set; }

        public bool Plus { get; private set; }

        public bool Minus { get; private set; }

        public bool Space { get; private set; }

        public bool Sharp { get; private set; }

        public bool Zero { get; private set; }

        public int? Width { get; set; }

        public int? Precision { get; set; }

        public void Apply(char flag)
        {
            switch (flag)
            {
                case '+': Plus = true; break;
                case '-': Minus = true; break;
                case ' ': Space = true; break;
                case '#': Sharp = true; break;
                default: Zero = true; break;
            }
        }

        public string Sign(bool negative) => negative ? "-" : Plus ? "+" : Space ? " " : "";

        public string Pad(string text)
        {
            // Width counts grapheme clusters (what a reader sees as characters), as cty does.
            var length = StringFunctions.Graphemes(text).Count();
            if (Width is not { } width || length >= width)
            {
                return text;
            }

            var fill = width - length;
            if (Minus)
            {
                return text + new string(' ', fill);
            }

            // Zero padding goes after the sign, and only for numbers (Go pads strings with spaces here too).
            if (Zero && Mode is 'd' or 'b' or 'o' or 'x' or 'X' or 'e' or 'E' or 'f' or 'g' or 'G')
            {
                var signLength = text.Length > 0 && text[0] is '+' or '-' or ' ' ? 1 : 0;
                return text[..signLength] + new string('0', fill) + text[signLength..];
            }

            return new string(' ', fill) + text;
        }
    }
}
