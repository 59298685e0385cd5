using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;
using Platform.Hcl.Parsing;

namespace Platform.Hcl.Tests.Evaluation;

/// <summary>Parses expression text with the real parser and evaluates it.</summary>
internal static class ExpressionSource
{
    public static EvaluationResult Run(string source, EvalContext? context = null)
    {
        var parsed = HclParser.ParseExpression(source, "test.hcl");
        Assert.False(parsed.HasErrors, string.Join("\n", parsed.Diagnostics));
        return HclEvaluator.Evaluate(parsed.Value, context);
    }

    /// <summary>The value, asserting there were no diagnostics.</summary>
    public static HclValue Value(string source, EvalContext? context = null)
    {
        var result = Run(source, context);
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        return result.Value;
    }

    /// <summary>The single error diagnostic the expression produces.</summary>
    public static Diagnostic Error(string source, EvalContext? context = null)
    {
        var result = Run(source, context);
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    public static HclValue Str(string s) => HclValue.FromString(s);

    public static HclValue Num(long n) => HclValue.FromNumber(n);

    public static HclValue Obj(params (string Name, HclValue Value)[] attributes) =>
        HclValue.Object(attributes.Select(a => KeyValuePair.Create(a.Name, a.Value)));
}
