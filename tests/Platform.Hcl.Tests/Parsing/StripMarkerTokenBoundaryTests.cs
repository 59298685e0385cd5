using Platform.Hcl.Parsing;
using Platform.Hcl.Syntax.Expressions;
using static Platform.Hcl.Tests.Parsing.ParsedSource;

namespace Platform.Hcl.Tests.Parsing;

/// <summary>
/// Strip markers (<c>${~</c>, <c>~}</c>) trim only the one literal token next to them, so where hclsyntax's scanner
/// puts token boundaries shows in the values. Its quirk: a "$" or "%" plus exactly one single-byte char right
/// before a line end is a token of its own, and the newline another. Expected values were checked against
/// @cdktf/hcl2json (hcl v2.23).
/// </summary>
public sealed class StripMarkerTokenBoundaryTests
{
    private static string Literals(Expression expression) =>
        string.Concat(Assert.IsType<TemplateExpression>(expression).Parts.OfType<TemplateLiteral>().Select(l => l.Value));

    private static string HeredocLiterals(string body) => Literals(SingleAttribute("a = <<EOT\n" + body + "EOT\n").Expression);

    [Theory]
    [InlineData("q$ \n${~x}\n", "q$ \n")]
    [InlineData("q% \n${~x}\n", "q% \n")]
    [InlineData("q$\t\n${~x}\n", "q$\t\n")]
    [InlineData("q$ \r\n${~x}\n", "q$ \n")]
    [InlineData("q$\r\n${~x}\n", "q$\r\n")]
    [InlineData("q$\v\n${~x}\n", "q$\v\n")]
    [InlineData("q$$ \n%{~ if c }y%{ endif }\n", "q$$ \n")]
    [InlineData("  $ \n${~x}\n", "  $ \n")]
    public void ParseConfig_HeredocDollarPairBeforeLineEnd_StripKeepsThePair(string body, string expected)
    {
        Assert.Equal(expected, HeredocLiterals(body));
    }

    [Theory]
    [InlineData("q$  \n${~x}\n", "q$\n")]
    [InlineData("q$x \n${~x}\n", "q$x\n")]
    [InlineData("q $\n${~x}\n", "q $\n")]
    [InlineData("q$é\n${~x}\n", "q$é\n")]
    [InlineData("q   \n${~x}\n", "q\n")]
    public void ParseConfig_HeredocOtherLineEnds_StripTrimsAllWhitespace(string body, string expected)
    {
        Assert.Equal(expected, HeredocLiterals(body));
    }

    [Fact]
    public void ParseConfig_HeredocPairWithLoneCarriageReturnBeforeCrLf_IsAccepted()
    {
        // "$\r" is the pair and "\r\n" the line end, so the lone CR is not invalid here.
        Assert.Equal("q$\r\n", HeredocLiterals("q$\r\r\n${~x}\n"));
    }

    [Fact]
    public void ParseConfig_FlushHeredocWithPairLine_KeepsPairAndIndentation()
    {
        var attribute = SingleAttribute("a = <<-EOT\n    a$ \n    b\n  EOT\n");

        Assert.Equal("a$ \nb\n", Literals(attribute.Expression));
    }

    [Theory]
    [InlineData("\"q$ ${~x}\"", "q$")]
    [InlineData("\"q% %{~ if c }y%{ endif }\"", "q%")]
    [InlineData("\"${x~} $ \"", "$ ")]
    public void ParseExpression_QuotedDollarPair_StripTrimsAllWhitespace(string source, string expected)
    {
        Assert.Equal(expected, Literals(Expression(source)));
    }

    [Fact]
    public void ParseTemplate_BareDollarPairBeforeLineEnd_StripKeepsThePair()
    {
        var result = HclParser.ParseTemplate("q$ \n${~x}", "t.tmpl");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal("q$ ", Literals(result.Value));
    }

    [Fact]
    public void Scan_HeredocDollarPairBeforeLineEnd_IsItsOwnToken()
    {
        var tokens = HclScanner.Scan("a = <<EOT\nq$ \nEOT\n", FileName);

        var literals = tokens.Where(t => t.Kind == HclTokenKind.StringLit).Select(t => t.Text);
        Assert.Equal(["q", "$ ", "\n"], literals);
    }
}
