using Platform.Hcl.Parsing;

namespace Platform.Hcl.Formatting;

/// <summary>
/// The only changes the formatter makes to token text rather than to the spaces between tokens: line
/// endings become <c>\n</c> and trailing blanks go, wherever that cannot change a value.
/// </summary>
/// <remarks>
/// Heredoc body lines and quoted-string text are literal content (a <c>\r\n</c> or a trailing space in a
/// heredoc is part of the string), so they are returned as they are; a block comment is kept whole too.
/// </remarks>
internal static class TokenTextNormalizer
{
    public static string Normalize(in HclToken token) => token.Kind switch
    {
        HclTokenKind.Newline => "\n",
        HclTokenKind.Comment when token.CommentStyle != HclCommentStyle.Block => TrimLineEnd(token.Text),
        // "<<EOT\r\n": the newline ends the introducer line, it is not part of the body.
        HclTokenKind.OHeredoc => TrimLineEnd(token.Text),
        // The closing marker line, leading spaces kept (they are how flush heredocs are read), trailing ones not.
        HclTokenKind.CHeredoc => token.Text.TrimEnd(' ', '\t'),
        _ => token.Text,
    };

    /// <summary>Drops blanks before the line's end and writes the end (when there is one) as <c>\n</c>.</summary>
    private static string TrimLineEnd(string text)
    {
        var hasNewline = text.EndsWith('\n');
        var content = hasNewline ? text.AsSpan(0, text.Length - 1) : text.AsSpan();
        if (content.EndsWith("\r")) content = content[..^1];
        var trimmed = content.TrimEnd(" \t");
        if (hasNewline && trimmed.Length == text.Length - 1) return text;
        if (!hasNewline && trimmed.Length == text.Length) return text;
        return hasNewline ? string.Concat(trimmed, "\n") : trimmed.ToString();
    }
}
