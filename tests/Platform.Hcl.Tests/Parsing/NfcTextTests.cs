using Platform.Hcl.Parsing;
using Platform.Hcl.Syntax;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Tests.Parsing;

public sealed class NfcTextTests
{
    [Fact]
    public void Normalize_DecomposedText_ComposesToNfc() =>
        Assert.Equal("a\u00F1os", NfcText.Normalize("an\u0303os"));

    [Fact]
    public void Normalize_LoneSurrogate_ReturnsTextUnchanged()
    {
        // Built in code: xunit's theory data would turn a lone surrogate into U+FFFD before the test sees it.
        foreach (var text in new[] { "a\uD800b", "\uDC00", "n\u0303\uD800" })
        {
            Assert.Equal(text, NfcText.Normalize(text));
        }
    }

    [Fact]
    public void ParseTemplate_LoneSurrogateInLiteral_ReturnsTreeNotException()
    {
        // Found by the robustness property test: the normalizer threw on a template literal holding a lone surrogate.
        var result = HclParser.ParseTemplate("x n\u0303 \uD800 y", "t.tmpl");

        var literal = Assert.IsType<TemplateLiteral>(Assert.IsType<TemplateExpression>(result.Value).Parts.Single());
        Assert.StartsWith("x \u00F1 ", literal.Value);
    }
}
