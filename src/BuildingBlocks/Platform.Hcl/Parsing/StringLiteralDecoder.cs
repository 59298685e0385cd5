using System.Globalization;
using System.Text;
using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Parsing;

/// <summary>
/// Turns a literal token's text into its string value: backslash escapes (quoted strings only) and the
/// <c>$${</c> / <c>%%{</c> template escapes (everywhere). Text without any escape is returned as a
/// substring, with no builder allocated.
/// </summary>
internal static class StringLiteralDecoder
{
    public static string Decode(string text, in Token token, bool quoted, string filename, List<Diagnostic> diags)
    {
        var span = text.AsSpan(token.Start, token.Length);
        var special = quoted ? span.IndexOfAny('\\', '$', '%') : span.IndexOfAny('$', '%');
        if (special < 0) return span.ToString();

        var sb = new StringBuilder(span.Length);
        sb.Append(span[..special]);
        var i = special;
        while (i < span.Length)
        {
            var c = span[i];
            if ((c == '$' || c == '%') && i + 2 < span.Length && span[i + 1] == c && span[i + 2] == '{')
            {
                sb.Append(c).Append('{');
                i += 3;
                continue;
            }
            if (c != '\\' || !quoted)
            {
                sb.Append(c);
                i++;
                continue;
            }

            if (i + 1 >= span.Length)
            {
                diags.Add(Diagnostic.Error("Invalid escape sequence", "Backslash must be followed by an escape sequence selector character.", RangeAt(text, token, filename, i, 1)));
                sb.Append(c);
                i++;
                continue;
            }

            var selector = span[i + 1];
            switch (selector)
            {
                case 'n': sb.Append('\n'); i += 2; continue;
                case 'r': sb.Append('\r'); i += 2; continue;
                case 't': sb.Append('\t'); i += 2; continue;
                case '"': sb.Append('"'); i += 2; continue;
                case '\\': sb.Append('\\'); i += 2; continue;
                case 'u':
                case 'U':
                    i = DecodeUnicodeEscape(text, token, filename, span, i, selector == 'u' ? 4 : 8, sb, diags);
                    continue;
                default:
                    var selectorLength = char.IsHighSurrogate(selector) && i + 2 < span.Length ? 2 : 1;
                    var symbol = span.Slice(i + 1, selectorLength).ToString();
                    diags.Add(Diagnostic.Error(
                        "Invalid escape sequence",
                        $"The symbol \"{symbol}\" is not a valid escape sequence selector.",
                        RangeAt(text, token, filename, i, 1 + selectorLength)));
                    sb.Append(symbol);
                    i += 1 + selectorLength;
                    continue;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// The NFC form HCL gives string values (cty.StringVal normalizes), so "an\u0303os" and "a\u00F1os" are one
    /// value. Text holding an unpaired surrogate, which only input already reported as invalid can produce, is
    /// kept as it is: .NET refuses to normalize it, and hclsyntax keeps such bytes unchanged too.
    /// </summary>
    public static string Nfc(string value)
    {
        var span = value.AsSpan();
        if (!span.ContainsAnyExceptInRange('\0', '\u007F')) return value;
        for (var i = 0; i < span.Length; i++)
        {
            if (CharClasses.IsLoneSurrogate(value, i)) return value;
            if (char.IsHighSurrogate(span[i])) i++;
        }
        return value.Normalize();
    }

    private static int DecodeUnicodeEscape(string text, in Token token, string filename, ReadOnlySpan<char> span, int i, int digits, StringBuilder sb, List<Diagnostic> diags)
    {
        var hexStart = i + 2;
        var n = 0;
        while (n < digits && hexStart + n < span.Length && char.IsAsciiHexDigit(span[hexStart + n])) n++;
        var length = 2 + n;
        if (n != digits)
        {
            diags.Add(Diagnostic.Error(
                "Invalid escape sequence",
                digits == 4
                    ? "The \\u escape sequence must be followed by four hexadecimal digits."
                    : "The \\U escape sequence must be followed by eight hexadecimal digits.",
                RangeAt(text, token, filename, i, length)));
            sb.Append(span.Slice(i, length));
            return i + length;
        }

        var value = uint.Parse(span.Slice(hexStart, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        if (!Rune.IsValid(value))
        {
            diags.Add(Diagnostic.Error(
                "Invalid escape sequence",
                $"Cannot encode character U+{value:x4} in UTF-8.",
                RangeAt(text, token, filename, i, length)));
            sb.Append(span.Slice(i, length));
            return i + length;
        }
        sb.Append(new Rune(value).ToString());
        return i + length;
    }

    /// <summary>Range of a piece of the token, for escape diagnostics (computed only when reporting).</summary>
    private static SourceRange RangeAt(string text, in Token token, string filename, int offset, int length)
    {
        var tracker = new SourcePositionTracker(text, token.StartPos, token.Start);
        tracker.BeginToken();
        var start = tracker.AdvanceTo(token.Start + offset);
        var end = tracker.AdvanceTo(Math.Min(token.End, token.Start + offset + length));
        return new SourceRange(filename, start, end);
    }
}
