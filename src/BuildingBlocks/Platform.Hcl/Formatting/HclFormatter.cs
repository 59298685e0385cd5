using System.Text;
using Platform.Hcl.Parsing;

namespace Platform.Hcl.Formatting;

/// <summary>
/// Canonical formatting of HCL native syntax, behaving as HashiCorp's <c>hclwrite.Format</c> (the formatter
/// behind <c>terraform fmt</c>, <c>nomad fmt</c> and <c>packer fmt</c>): it rewrites only the spaces between
/// tokens, never the tokens themselves, working on the token stream rather than the syntax tree.
/// </summary>
/// <remarks>
/// Three passes over the file's lines (see <see cref="FormatLine"/>): indentation by bracket depth, spaces
/// between the tokens of each line, then alignment of <c>=</c> and trailing comments across consecutive lines.
/// The result is a function of the tokens alone, so formatting twice gives what formatting once gave.
/// Beyond hclwrite, line endings become <c>\n</c> and line comments lose their trailing blanks (outside heredoc
/// bodies and strings, where they would change a value). None of Terraform's own rewrites (unwrapping
/// <c>"${x}"</c>, unquoting type names) happen here: this is the generic HCL formatter.
/// </remarks>
public static class HclFormatter
{
    /// <summary>
    /// The canonical text of <paramref name="text"/>, or, when the file has syntax errors, the input unchanged
    /// with the parse diagnostics: formatting code the parser does not understand could mangle it.
    /// </summary>
    public static ParseResult<string> Format(string text, string filename)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(filename);

        var parsed = HclParser.ParseConfig(text, filename);
        if (parsed.HasErrors) return new ParseResult<string>(text, parsed.Diagnostics);

        var scanned = HclScanner.Scan(text, filename);
        // The EOF token belongs to no line; what precedes it is written with no trailing blanks.
        var tokens = new FormatToken[scanned.Count - 1];
        for (var i = 0; i < tokens.Length; i++) tokens[i] = new FormatToken(scanned[i].Kind, TokenTextNormalizer.Normalize(scanned[i]));

        var lines = FormatLineSplitter.Split(tokens);
        IndentationPass.Apply(tokens, lines);
        SpacingPass.Apply(tokens, lines);
        AlignmentPass.Apply(tokens, lines);

        return new ParseResult<string>(Write(text, tokens), parsed.Diagnostics);
    }

    private static string Write(string source, FormatToken[] tokens)
    {
        var output = new StringBuilder(source.Length + source.Length / 8);
        // A byte order mark is not a token, but it is the file's, so it stays.
        if (source.Length > 0 && source[0] == '\uFEFF') output.Append('\uFEFF');
        foreach (var token in tokens)
        {
            output.Append(' ', token.SpacesBefore);
            output.Append(token.Text);
        }
        return output.ToString();
    }
}
