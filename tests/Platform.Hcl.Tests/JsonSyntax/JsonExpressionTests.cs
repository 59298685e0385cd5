using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;
using Platform.Hcl.Json.Syntax;

namespace Platform.Hcl.Tests.JsonSyntax;

public class JsonExpressionTests
{
    private static (HclValue Value, IReadOnlyList<Diagnostic> Diagnostics) Evaluate(string json, EvalContext? context)
    {
        var parsed = HclJsonParser.ParseExpression(json, "value.json");
        Assert.Empty(parsed.Diagnostics);
        return parsed.Value.Evaluate(context);
    }

    private static EvalContext Context() =>
        new EvalContext().WithVariable("name", HclValue.FromString("web")).WithVariable("n", HclValue.FromNumber(2));

    [Fact]
    public void Evaluate_TemplateString_InterpolatesInFullExpressionMode()
    {
        var (value, diagnostics) = Evaluate("\"Hello, ${name}!\"", Context());

        Assert.Empty(diagnostics);
        Assert.Equal("Hello, web!", value.AsString());
    }

    [Fact]
    public void Evaluate_SingleInterpolation_UnwrapsToTheValueItself()
    {
        var (value, diagnostics) = Evaluate("\"${n + 1}\"", Context());

        Assert.Empty(diagnostics);
        Assert.Equal(HclType.Number, value.Type);
        Assert.Equal(3, value.AsInt());
    }

    [Fact]
    public void Evaluate_ComputedObjectKey_UsesTheKeyTemplate()
    {
        var (value, diagnostics) = Evaluate("{\"${name}-id\": 1}", Context());

        Assert.Empty(diagnostics);
        Assert.Equal(1, value.GetAttribute("web-id").AsInt());
    }

    [Fact]
    public void Evaluate_KeysEqualAfterEvaluation_ReportsDuplicate()
    {
        var (_, diagnostics) = Evaluate("{\"${name}\": 1, \"web\": 2}", Context());

        Assert.Equal("Duplicate object attribute", Assert.Single(diagnostics).Summary);
    }

    [Fact]
    public void Evaluate_UnknownVariable_ReportsInsideTheString()
    {
        var (value, diagnostics) = Evaluate("\"${nope}\"", Context());

        var error = Assert.Single(diagnostics);
        Assert.Equal("Unknown variable", error.Summary);
        Assert.Equal(new SourcePos(1, 4, 3), error.Subject!.Value.Start);
        Assert.False(value.IsKnown);
    }

    [Fact]
    public void Evaluate_BadTemplateSyntax_ReportsParseErrorAndUnknown()
    {
        var (value, diagnostics) = Evaluate("\"${\"", Context());

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.False(value.IsKnown);
    }

    [Fact]
    public void Evaluate_BigNumber_KeepsFullPrecision()
    {
        var (value, _) = Evaluate("3.14159265358979323846264338327950288419716939937510582097494459", null);

        Assert.Equal("3.14159265358979323846264338327950288419716939937510582097494459", value.AsNumber().ToString());
    }

    [Theory]
    [InlineData("1e1000000")]
    [InlineData("[1, -2.5E+99999999]")]
    [InlineData("{\"a\": 1e-9999999}")]
    public void ParseExpression_ExponentBeyondTheNumberRange_ReportsInvalidNumberInsteadOfThrowing(string json)
    {
        var parsed = HclJsonParser.ParseExpression(json, "value.json");

        var error = Assert.Single(parsed.Diagnostics);
        Assert.Equal("Invalid JSON number", error.Summary);
        var (_, diagnostics) = parsed.Value.Evaluate(Context());
        Assert.Empty(diagnostics);
    }
}
