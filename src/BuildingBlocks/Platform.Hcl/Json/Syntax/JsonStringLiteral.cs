using System.Globalization;
using System.Text;

namespace Platform.Hcl.Json.Syntax;

/// <summary>
/// Decodes a JSON string token (quotes included) into its value. On failure it returns the offset of the offending
/// character within the token and a message that says what to write instead, for the parser's diagnostic.
/// </summary>
internal static class JsonStringLiteral
{
    private const string ControlCharacterProblem = "Control characters such as newlines and tabs must be escaped in JSON strings (\\n, \\t).";

    // Decodes the quoted text; on failure returns the char offset (within the token) of the offending character.
    public static (string? Value, int ErrorAt, string Problem) Decode(string text, int offset, int length)
    {
        var end = offset + length;
        if (length < 2 || text[end - 1] != '"' || (length >= 3 && IsEscapedQuote(text, offset, end - 1)))
        {
            // The scanner stops a string before any control character; only a line end means the quote is missing.
            if (end < text.Length && text[end] < ' ' && text[end] is not ('\n' or '\r'))
            {
                return (null, length, ControlCharacterProblem);
            }

            return (null, length, "This string has no closing quote; add a \" before the end of the line.");
        }

        // Most strings hold no escapes or control characters: slice them out without a builder.
        var content = text.AsSpan(offset + 1, length - 2);
        if (content.IndexOfAnyInRange('\0', '\u001f') < 0 && !content.Contains('\\'))
        {
            return (content.ToString(), 0, "");
        }

        var builder = new StringBuilder(length);
        for (var i = offset + 1; i < end - 1; i++)
        {
            var c = text[i];
            if (c < 0x20)
            {
                return (null, i - offset, ControlCharacterProblem);
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            i++;
            var e = text[i];
            switch (e)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    var hexStart = i + 1;
                    if (hexStart + 4 > end - 1
                        || !int.TryParse(text.AsSpan(hexStart, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        return (null, i - 1 - offset, "A \\u escape needs exactly four hexadecimal digits, such as \\u00e9.");
                    }

                    // Surrogate pairs arrive as two escapes and recombine naturally in UTF-16; unpaired halves
                    // are replaced below.
                    builder.Append((char)code);
                    i += 4;
                    break;
                default:
                    return (null, i - 1 - offset, $"\"\\{e}\" is not a valid JSON escape; use one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX.");
            }
        }

        // No Unicode normalization here: the JSON spec keeps "the exact sequence of unicode characters" in
        // literal mode; full-expression mode goes through the native template parser, which normalizes.
        return (ReplaceUnpairedSurrogates(builder), 0, "");
    }

    // Go's encoding/json, which HashiCorp's JSON parser uses, turns an escaped surrogate without its other half
    // into U+FFFD; a lone surrogate kept in the value would be text no UTF-8 file can hold, and later steps
    // (templates, hashing, encoding) reject it.
    private static string ReplaceUnpairedSurrogates(StringBuilder builder)
    {
        for (var i = 0; i < builder.Length; i++)
        {
            if (char.IsHighSurrogate(builder[i]) && i + 1 < builder.Length && char.IsLowSurrogate(builder[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(builder[i]))
            {
                builder[i] = '\uFFFD';
            }
        }

        return builder.ToString();
    }

    // True when the final quote at `quote` is preceded by an odd number of backslashes, i.e. it is escaped.
    private static bool IsEscapedQuote(string text, int start, int quote)
    {
        var backslashes = 0;
        for (var i = quote - 1; i > start && text[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }
}
