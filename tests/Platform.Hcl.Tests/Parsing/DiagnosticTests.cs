using Platform.Hcl.Parsing;
using static Platform.Hcl.Tests.Parsing.ParsedSource;

namespace Platform.Hcl.Tests.Parsing;

public sealed class DiagnosticTests
{
    [Fact]
    public void ParseConfig_UnclosedBlock_NamesTheLineItOpened()
    {
        var errors = ConfigErrors("a = 1\nservice \"web\" {\n  port = 80\n");

        var error = Assert.Single(errors);
        Assert.Equal("Unclosed configuration block", error.Summary);
        Assert.Contains("\"service\" block opened at line 2", error.Detail);
        Assert.Equal(Range(2, 15, 20, 2, 16, 21), error.Subject);
        Assert.Equal("test.hcl:2,15-16: Unclosed configuration block; " + error.Detail, error.ToString());
    }

    [Fact]
    public void ParseConfig_DuplicateAttribute_PointsAtBothAndKeepsFirst()
    {
        var result = HclParser.ParseConfig("a = 1\na = 2\n", FileName);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("Attribute redefined", error.Summary);
        Assert.Equal(2, error.Subject!.Value.Start.Line);
        Assert.Equal(1, error.Context!.Value.Start.Line);
        Assert.Contains("test.hcl:1,1-2", error.Detail);
        var kept = Assert.Single(result.Value.Body.Attributes);
        Assert.Equal(1, kept.Range.Start.Line);
    }

    [Fact]
    public void ParseConfig_TwoAttributesOnOneLine_MissingNewline()
    {
        var error = ConfigErrors("a = 1 b = 2\n")[0];

        Assert.Equal("Missing newline after argument", error.Summary);
        Assert.Equal(Range(1, 7, 6, 1, 8, 7), error.Subject);
    }

    [Fact]
    public void ParseConfig_CommaBetweenAttributes_SaysToUseNewlines()
    {
        Assert.Equal("Unexpected comma after argument", ConfigErrors("a = 1, b = 2\n")[0].Summary);
    }

    [Fact]
    public void ParseConfig_BraceOnNextLine_IsInvalidBlockDefinition()
    {
        var error = ConfigErrors("block \"x\"\n{\n}\n")[0];

        Assert.Equal("Invalid block definition", error.Summary);
        Assert.Equal(1, error.Subject!.Value.Start.Line);
    }

    [Fact]
    public void ParseConfig_QuotedArgumentName_IsRejected()
    {
        Assert.Equal("Invalid argument name", ConfigErrors("\"a\" = 1\n")[0].Summary);
    }

    [Fact]
    public void ParseConfig_StrayToken_ArgumentOrBlockRequired()
    {
        Assert.Equal("Argument or block definition required", ConfigErrors("a = 1\n}\n")[0].Summary);
    }

    [Fact]
    public void ParseConfig_ErrorsInSeveralPlaces_AreAllCollectedInHashiCorpOrder()
    {
        // Lexical errors come first, then the parser's, as in hclsyntax. Once the parser has had to skip
        // input it stops reporting "unexpected token" errors (they are usually echoes of the first), but
        // structural errors like these keep being reported.
        var errors = ConfigErrors("a { b = 1, c = 2 }\nd { e = 1\n}\nf = 1\nf = 2\ng = 'x'\n");

        Assert.Equal(
            ["Invalid character", "Invalid single-argument block definition", "Invalid single-argument block definition", "Attribute redefined"],
            errors.Select(e => e.Summary));
        Assert.Equal(["6,5-6", "1,10-11", "2,10-3,1", "5,1-2"], errors.Select(e => e.Subject!.Value.ToString()[(FileName.Length + 1)..]));
    }

    [Fact]
    public void ParseConfig_MultiLineQuotedString_IsReported()
    {
        Assert.Equal("Invalid multi-line string", ConfigErrors("a = \"x\ny\"\n")[0].Summary);
    }

    [Theory]
    [InlineData("a = b & c\n", "Unsupported operator")]
    [InlineData("a = 'x'\n", "Invalid character")]
    [InlineData("a = 1;\n", "Invalid character")]
    [InlineData("a = @\n", "Invalid character")]
    [InlineData("a = \"${b\n", "Unclosed template interpolation sequence")]
    [InlineData("a = f(1\n", "Unterminated function call")]
    [InlineData("a = [1\n", "Unterminated tuple constructor expression")]
    [InlineData("a = {b = 1", "Unterminated object constructor expression")]
    [InlineData("a = (1\n", "Unbalanced parentheses")]
    [InlineData("a = x ? 1\n", "Missing false expression in conditional")]
    [InlineData("a = \"%{ fi x }\"\n", "Invalid template control keyword")]
    [InlineData("a = [for x in y : x, 1]\n", "Invalid 'for' expression")]
    public void ParseConfig_BrokenInput_ReportsHashiCorpSummary(string source, string summary)
    {
        Assert.Equal(summary, ConfigErrors(source)[0].Summary);
    }

    [Fact]
    public void ParseConfig_UnknownDirective_SuggestsTheClosestKeyword()
    {
        Assert.Contains("Did you mean \"if\"?", ConfigErrors("a = \"%{ fi x }\"\n")[0].Detail);
    }

    [Fact]
    public void ParseConfig_GraphemeClusters_CountAsOneColumnEach()
    {
        // thumbs-up with skin tone, a flag (two regional indicators), e + combining accent, a Hangul syllable
        var error = ConfigErrors("a = \"\U0001F44D\U0001F3FD\U0001F1EB\U0001F1F7e\u0301\uD55C\" b\n")[0];

        Assert.Equal("Missing newline after argument", error.Summary);
        Assert.Equal(Range(1, 12, 29, 1, 13, 30), error.Subject);
    }
}
