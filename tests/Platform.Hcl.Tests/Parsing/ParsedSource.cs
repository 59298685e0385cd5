using Platform.Hcl.Diagnostics;
using Platform.Hcl.Parsing;
using Platform.Hcl.Syntax;
using Platform.Hcl.Syntax.Expressions;
using Attribute = Platform.Hcl.Syntax.Attribute;

namespace Platform.Hcl.Tests.Parsing;

/// <summary>Test builders: parse snippets and read ranges back as the source text they cover.</summary>
internal static class ParsedSource
{
    public const string FileName = "test.hcl";

    public static ConfigFile Config(string source)
    {
        var result = HclParser.ParseConfig(source, FileName);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Value;
    }

    public static IReadOnlyList<Diagnostic> ConfigErrors(string source)
    {
        var result = HclParser.ParseConfig(source, FileName);
        Assert.True(result.HasErrors, "expected errors for:\n" + source);
        return result.Diagnostics;
    }

    public static Expression Expression(string source)
    {
        var result = HclParser.ParseExpression(source, FileName);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Value;
    }

    public static Attribute SingleAttribute(string source) => Assert.IsType<Attribute>(Assert.Single(Config(source).Body.Items));

    /// <summary>The source text a range covers (ranges are UTF-8 byte offsets).</summary>
    public static string Text(string source, SourceRange range) => new SourceFile(FileName, source).Slice(range);

    public static SourceRange Range(int line, int column, int @byte, int endLine, int endColumn, int endByte) =>
        new(FileName, new SourcePos(line, column, @byte), new SourcePos(endLine, endColumn, endByte));
}
