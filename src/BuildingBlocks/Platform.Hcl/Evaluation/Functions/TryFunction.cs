using System.Text;
using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// Terraform's <c>try</c>: the value of the first argument expression that evaluates without errors. An
/// argument whose value is not yet wholly known makes the result unknown, because whether it would fail
/// cannot be told until it is known. Runs as the evaluator's <see cref="HclFunction.ExpressionImplementation"/>.
/// </summary>
internal static class TryFunction
{
    public static HclValue Invoke(IReadOnlyList<Func<EvaluationResult>> arguments)
    {
        if (arguments.Count == 0)
        {
            throw new FunctionCallException("at least one argument is required");
        }

        var failures = new List<Diagnostic>();
        foreach (var argument in arguments)
        {
            var result = argument();
            if (result.HasErrors)
            {
                failures.AddRange(result.Diagnostics.Where(d => d.Severity == Severity.Error));
                continue;
            }

            return result.Value.IsWhollyKnown ? result.Value : HclValue.DynamicUnknown.WithMarks(result.Value.Marks);
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
        throw new FunctionCallException(detail.ToString());
    }
}
