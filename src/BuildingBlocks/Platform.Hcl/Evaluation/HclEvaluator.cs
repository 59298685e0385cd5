using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Evaluation;

/// <summary>
/// Evaluates native-syntax expressions to values with hclsyntax's semantics: unknowns propagate, marks are
/// carried to results, and every problem becomes a diagnostic with the offending expression's range
/// (summaries and details worded as HCL's, since Terraform users search for them).
/// </summary>
public static class HclEvaluator
{
    /// <summary>
    /// Evaluates <paramref name="expression"/>. With a null <paramref name="context"/>, variables and functions
    /// are not allowed (as in HCL) and using one is an error diagnostic.
    /// </summary>
    public static EvaluationResult Evaluate(Expression expression, EvalContext? context = null)
    {
        var evaluator = new ExpressionEvaluator();
        var value = evaluator.Evaluate(expression, context);
        return new EvaluationResult(value, evaluator.Diagnostics);
    }
}
