using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;
using Platform.Hcl.Evaluation.Functions;
using Platform.Hcl.Parsing;

namespace Platform.Hcl.Tests.Functions;

/// <summary>Evaluates expression text with the real parser, the evaluator and the whole function library.</summary>
internal static class LibrarySource
{
    public static EvalContext Context(string baseDirectory = ".", TimeProvider? time = null) =>
        HclFunctionLibrary.NewContext(baseDirectory, time)
            .WithVariable("secret", HclValue.FromString("hunter2").Mark(HclMarks.Sensitive))
            .WithVariable("unknown_string", HclValue.Unknown(HclType.String))
            .WithVariable("unknown_list", HclValue.Unknown(HclType.List(HclType.String)))
            .WithVariable("unknown_any", HclValue.DynamicUnknown)
            .WithVariable("string_list", HclValue.List(HclType.String, [HclValue.FromString("a"), HclValue.FromString("b")]));

    public static EvaluationResult Run(string source, EvalContext? context = null)
    {
        var parsed = HclParser.ParseExpression(source, "test.hcl");
        Assert.False(parsed.HasErrors, string.Join("\n", parsed.Diagnostics));
        return HclEvaluator.Evaluate(parsed.Value, context ?? Context());
    }

    public static HclValue Value(string source, EvalContext? context = null)
    {
        var result = Run(source, context);
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        return result.Value;
    }

    /// <summary>The value rendered as Terraform's jsonencode would render it (a compact, type-blind comparison).</summary>
    public static string EvalToJson(string source, EvalContext? context = null)
    {
        var value = Value(source, context);
        Assert.True(value.IsWhollyKnown, $"{source} gave a value that is not wholly known: {value}");
        return Value($"jsonencode(v)", Context().WithVariable("v", value)).AsString();
    }

    /// <summary>The one error the expression produces, as "Summary; Detail".</summary>
    public static string Error(string source, EvalContext? context = null)
    {
        var result = Run(source, context);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        return $"{error.Summary}; {error.Detail}";
    }
}
