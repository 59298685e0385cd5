using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// A function that needs its arguments unevaluated (Terraform's <c>try</c> and <c>can</c>): it decides itself
/// which argument expressions to evaluate and what to do with their diagnostics. The evaluator dispatches a call
/// to it instead of evaluating the arguments when the called <see cref="HclFunction"/> was registered with
/// <see cref="ExpressionFunctions.Attach"/>.
/// </summary>
public interface IExpressionFunction
{
    /// <summary>
    /// Computes the call's value. <paramref name="evaluate"/> evaluates one expression in the call's context and
    /// returns its value with the diagnostics it produced (which are not reported unless this function returns
    /// them); the result's diagnostics are reported at the call.
    /// </summary>
    EvaluationResult Call(
        FunctionCallExpression call,
        EvalContext context,
        Func<Expression, EvaluationResult> evaluate);
}
