using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Parsing;

/// <summary>
/// The lossless token stream of a native-syntax file, for tools such as the formatter: concatenating the
/// tokens' text with the spaces and tabs between them reproduces the file exactly (a leading byte order
/// mark aside). Comments, newlines, template delimiters and heredoc markers are all tokens.
/// </summary>
public static class HclScanner
{
    public static IReadOnlyList<HclToken> Scan(string text, string filename)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var tokens = HclLexer.ScanConfig(text, SourcePos.Start);
        var result = new HclToken[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            result[i] = new HclToken(t.Kind, t.Range(filename), text.Substring(t.Start, t.Length));
        }
        return result;
    }
}
