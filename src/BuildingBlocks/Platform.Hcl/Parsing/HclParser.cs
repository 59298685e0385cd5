using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Parsing;

/// <summary>
/// Entry points of the HCL native-syntax parser. Every method returns a value (partial when there are
/// errors) plus diagnostics, never throws for bad input, and runs in time bounded by the input size.
/// </summary>
public static class HclParser
{
    /// <summary>A whole configuration file (<c>.hcl</c>, <c>.tf</c>, <c>.nomad</c>...).</summary>
    public static ParseResult<ConfigFile> ParseConfig(string text, string filename)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text, filename, SourcePos.Start, template: false, parser => new ConfigFile(parser.ParseFileBody(), new SourceFile(filename, text)));
    }

    /// <summary>A standalone expression; newlines inside it are ignored, as if it were in parentheses.</summary>
    public static ParseResult<Expression> ParseExpression(string text, string filename, SourcePos? start = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text, filename, start ?? SourcePos.Start, template: false, parser => parser.ParseStandaloneExpression());
    }

    /// <summary>A bare template, the way <c>templatefile()</c> reads a file: text with <c>${}</c> and <c>%{}</c> sequences.</summary>
    public static ParseResult<Expression> ParseTemplate(string text, string filename, SourcePos? start = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text, filename, start ?? SourcePos.Start, template: true, parser => parser.ParseBareTemplate());
    }

    /// <summary>An absolute traversal such as <c>aws_instance.web[0].id</c>: a name, then attribute and literal index steps only.</summary>
    public static ParseResult<IReadOnlyList<Traverser>> ParseTraversalAbs(string text, string filename, SourcePos? start = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse<IReadOnlyList<Traverser>>(text, filename, start ?? SourcePos.Start, template: false, parser => parser.ParseTraversalAbs());
    }

    private static ParseResult<T> Parse<T>(string text, string filename, SourcePos start, bool template, Func<HclSyntaxParser, T> run)
    {
        // The tokens go back to the pool when the parse is done: the tree holds no reference to them.
        using var tokens = template ? HclLexer.ScanTemplate(text, start) : HclLexer.ScanConfig(text, start);
        var diags = new List<Diagnostic>();
        InvalidTokenReport.Check(tokens, filename, diags);
        var value = run(new HclSyntaxParser(text, filename, tokens, diags));
        return new ParseResult<T>(value, diags);
    }
}
