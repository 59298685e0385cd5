using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Decoding.Native;

/// <summary>An <see cref="IHclExpression"/> over a native-syntax expression tree.</summary>
public sealed class NativeExpression(Expression syntax) : IHclExpression
{
    public Expression Syntax { get; } = syntax;

    public SourceRange Range => Syntax.Range;

    public (HclValue Value, IReadOnlyList<Diagnostic> Diagnostics) Evaluate(EvalContext? context)
    {
        var (value, diagnostics) = HclEvaluator.Evaluate(Syntax, context);
        return (value, diagnostics);
    }

    public IReadOnlyList<HclTraversal> Variables() =>
        ExpressionVariables.Collect(Syntax).Select(t => new HclTraversal(t.Traversal)).ToList();
}
