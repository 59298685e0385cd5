using Platform.Hcl.Parsing;
using Platform.Hcl.Syntax.Expressions;
using static Platform.Hcl.Tests.Parsing.ParsedSource;

namespace Platform.Hcl.Tests.Parsing;

public sealed class TemplateParsingTests
{
    private static string Literal(Expression e) => Assert.IsType<TemplateLiteral>(e).Value;

    [Fact]
    public void ParseExpression_QuotedString_RangeIncludesQuotes()
    {
        const string source = "\"hello\"";

        var template = Assert.IsType<TemplateExpression>(Expression(source));

        Assert.True(template.IsStringLiteral);
        Assert.False(template.IsHeredoc);
        Assert.Equal(source, Text(source, template.Range));
        Assert.Equal("hello", Literal(template.Parts[0]));
    }

    [Fact]
    public void ParseExpression_EmptyString_HasOneEmptyLiteral()
    {
        var template = Assert.IsType<TemplateExpression>(Expression("\"\""));

        Assert.Equal("", Literal(Assert.Single(template.Parts)));
    }

    [Fact]
    public void ParseExpression_Escapes_AreDecoded()
    {
        var template = Assert.IsType<TemplateExpression>(Expression("\"a\\nb\\rc\\td\\\"e\\\\f\\u00e9\\U0001F600 $${x} %%{y} $z %w\""));

        Assert.Equal("a\nb\rc\td\"e\\f\u00e9\U0001F600 ${x} %{y} $z %w", Literal(Assert.Single(template.Parts)));
    }

    [Fact]
    public void ParseExpression_InvalidEscape_IsReported()
    {
        var result = HclParser.ParseExpression("\"a\\qb\"", FileName);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("Invalid escape sequence", error.Summary);
        Assert.Equal(Range(1, 3, 2, 1, 5, 4), error.Subject);
    }

    [Fact]
    public void ParseExpression_OnlyInterpolation_IsTemplateWrap()
    {
        const string source = "\"${var.x}\"";

        var wrap = Assert.IsType<TemplateWrapExpression>(Expression(source));

        Assert.IsType<ScopeTraversalExpression>(wrap.Wrapped);
        Assert.Equal(source, Text(source, wrap.Range));
    }

    [Fact]
    public void ParseExpression_Interpolation_IsAPartWithItsDelimiters()
    {
        const string source = "\"id-${var.x}-end\"";

        var template = Assert.IsType<TemplateExpression>(Expression(source));

        Assert.Equal(3, template.Parts.Count);
        Assert.Equal("id-", Literal(template.Parts[0]));
        var interpolation = Assert.IsType<TemplateInterpolation>(template.Parts[1]);
        Assert.Equal("${var.x}", Text(source, interpolation.Range));
        Assert.Equal("-end", Literal(template.Parts[2]));
    }

    [Fact]
    public void ParseExpression_StripMarkers_TrimAdjacentWhitespace()
    {
        var template = Assert.IsType<TemplateExpression>(Expression("\"a \\n ${~ x ~} \\t b\""));

        Assert.Equal("a", Literal(template.Parts[0]));
        Assert.Equal("b", Literal(template.Parts[2]));
    }

    [Fact]
    public void ParseExpression_IfDirective_HasThenAndElse()
    {
        const string source = "\"%{ if a }yes%{ else }no%{ endif }\"";

        var template = Assert.IsType<TemplateExpression>(Expression(source));

        var directive = Assert.IsType<TemplateIfDirective>(Assert.Single(template.Parts));
        Assert.True(directive.HasElse);
        Assert.Equal("yes", Literal(Assert.Single(directive.Then)));
        Assert.Equal("no", Literal(Assert.Single(directive.Else)));
        Assert.Equal("%{ if a }yes%{ else }no%{ endif }", Text(source, directive.Range));
    }

    [Fact]
    public void ParseExpression_ForDirective_HasBody()
    {
        var template = Assert.IsType<TemplateExpression>(Expression("\"%{ for k, v in m }${k}=${v};%{ endfor }\""));

        var directive = Assert.IsType<TemplateForDirective>(Assert.Single(template.Parts));
        Assert.Equal("k", directive.KeyVariable);
        Assert.Equal("v", directive.ValueVariable);
        Assert.Equal(4, directive.Body.Count);
    }

    [Fact]
    public void ParseExpression_UnclosedIf_IsReported()
    {
        var result = HclParser.ParseExpression("\"%{ if a }yes\"", FileName);

        Assert.Equal("Unexpected end of template", Assert.Single(result.Diagnostics).Summary);
    }

    [Fact]
    public void ParseConfig_Heredoc_RangeSpansOpenerToMarker()
    {
        const string source = "x = <<EOT\nhello\n  world\nEOT\n";

        var template = Assert.IsType<TemplateExpression>(SingleAttribute(source).Expression);

        Assert.True(template.IsHeredoc);
        Assert.Equal("<<EOT\nhello\n  world\nEOT", Text(source, template.Range));
        Assert.Equal("hello\n  world\n", Literal(Assert.Single(template.Parts)));
    }

    [Fact]
    public void ParseConfig_FlushHeredoc_RemovesCommonIndentation()
    {
        const string source = "x = <<-EOT\n    a\n      b\n\n    c ${d}\n    EOT\n";

        var template = Assert.IsType<TemplateExpression>(SingleAttribute(source).Expression);

        Assert.Equal("a\n  b\n\nc ", Literal(template.Parts[0]));
        Assert.Equal("\n", Literal(template.Parts[2]));
        Assert.Equal("a", Text(source, template.Parts[0].Range)[..1]);
    }

    [Fact]
    public void ParseConfig_HeredocFollowedByAttribute_EndsAtMarkerLine()
    {
        var body = Config("a = <<EOT\nx\nEOT\nb = 1\n").Body;

        Assert.Equal(["a", "b"], body.Attributes.Select(a => a.Name));
    }

    [Fact]
    public void ParseConfig_IndentedMarker_ClosesHeredoc()
    {
        var body = Config("a {\n  b = <<EOT\n  x\n  EOT\n}\n").Body;

        Assert.Single(body.Items);
    }

    [Fact]
    public void ParseTemplate_BareText_SplitsLiteralsAndInterpolations()
    {
        var result = HclParser.ParseTemplate("Hello, ${name}!\n%{ for x in xs }- ${x}\n%{ endfor }", "greeting.tmpl");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var template = Assert.IsType<TemplateExpression>(result.Value);
        Assert.Equal("Hello, ", Literal(template.Parts[0]));
        Assert.IsType<TemplateInterpolation>(template.Parts[1]);
        Assert.Equal("!\n", Literal(template.Parts[2]));
        Assert.IsType<TemplateForDirective>(template.Parts[3]);
    }

    [Fact]
    public void ParseTemplate_BackslashesAndQuotes_AreLiteral()
    {
        var result = HclParser.ParseTemplate("say \"hi\" \\n $${x}", "t.tmpl");

        Assert.Equal("say \"hi\" \\n ${x}", Literal(Assert.Single(Assert.IsType<TemplateExpression>(result.Value).Parts)));
    }

    [Fact]
    public void ParseTemplate_OnlyInterpolation_IsTemplateWrap()
    {
        Assert.IsType<TemplateWrapExpression>(HclParser.ParseTemplate("${x}", "t.tmpl").Value);
    }

    [Fact]
    public void ParseTemplate_UnpairedSurrogateAfterLoneCarriageReturn_KeepsTextUnnormalized()
    {
        // A lone CR ends scanning, and the rest (here with an unpaired surrogate) stays literal text.
        var result = HclParser.ParseTemplate("a\r\uD800b", "t.tmpl");

        Assert.Equal("a\r\uD800b", Literal(Assert.Single(Assert.IsType<TemplateExpression>(result.Value).Parts)));
    }

    [Fact]
    public void ParseExpression_DecomposedString_IsNfcNormalized()
    {
        Assert.Equal("a\u00F1os", Literal(Assert.Single(Assert.IsType<TemplateExpression>(Expression("\"an\u0303os\"")).Parts)));
    }
}
