using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// Terraform's <c>can</c>: true when its argument evaluates without errors, false otherwise, and an unknown
/// bool while the argument's value is not wholly known.
/// </summary>
internal sealed class CanFunction : IExpressionFunction
{
    public EvaluationResult Call(FunctionCallExpression call, EvalContext context, Func<Expression, EvaluationResult> evaluate)
    {
        if (call.Arguments.Count != 1)
        {
            return new EvaluationResult(HclValue.Unknown(HclType.Bool), [Diagnostic.Error(
                call.Arguments.Count == 0 ? "Not enough function arguments" : "Too many function arguments",
                $"Function \"{call.Name}\" expects 1 argument(s).",
                call.Range)]);
        }

        var result = evaluate(call.Arguments[0]);
        if (result.HasErrors)
        {
            return new EvaluationResult(HclValue.False, []);
        }

        var value = result.Value.IsWhollyKnown ? HclValue.True : HclValue.Unknown(HclType.Bool);
        return new EvaluationResult(value, result.Diagnostics);
    }
}
