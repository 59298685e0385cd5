using System.Text;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// Terraform's <c>try</c>: the value of the first argument expression that evaluates without errors. An
/// argument whose value is not yet wholly known makes the result unknown, because whether it would fail
/// cannot be told until it is known.
/// </summary>
internal sealed class TryFunction : IExpressionFunction
{
    public EvaluationResult Call(FunctionCallExpression call, EvalContext context, Func<Expression, EvaluationResult> evaluate)
    {
        if (call.Arguments.Count == 0)
        {
            return Failure(call, "at least one argument is required");
        }

        var failures = new List<Diagnostic>();
        foreach (var argument in call.Arguments)
        {
            var result = evaluate(argument);
            if (result.HasErrors)
            {
                failures.AddRange(result.Diagnostics.Where(d => d.Severity == Severity.Error));
                continue;
            }

            if (!result.Value.IsWhollyKnown)
            {
                return new EvaluationResult(HclValue.DynamicUnknown.WithMarks(result.Value.Marks), result.Diagnostics);
            }

            return result;
        }

        var detail = new StringBuilder("no expression succeeded:\n");
        foreach (var failure in failures)
        {
            detail.Append("- ").Append(failure.Summary);
            if (failure.Subject is { } subject)
            {
                detail.Append(" (at ").Append(subject.ToString()).Append(')');
            }

            detail.Append("\n  ").Append(failure.Detail).Append('\n');
        }

        detail.Append("\nAt least one expression must produce a successful result");
        return Failure(call, detail.ToString());
    }

    private static EvaluationResult Failure(FunctionCallExpression call, string message) =>
        new(HclValue.DynamicUnknown, [Diagnostic.Error("Error in function call", $"Call to function \"{call.Name}\" failed: {message}.", call.Range)]);
}
