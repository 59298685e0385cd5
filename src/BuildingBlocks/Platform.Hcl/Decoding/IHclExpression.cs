using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding;

/// <summary>
/// An attribute's value expression, whichever syntax it was written in. Evaluation is deferred to the caller,
/// who decides the variables and functions in scope (and can ask <see cref="Variables"/> first).
/// </summary>
public interface IHclExpression
{
    /// <summary>
    /// Evaluates the expression. A null context means "no variables or functions" (and, for JSON strings,
    /// literal-only mode: no template interpretation). Errors come back as diagnostics with an unknown value.
    /// </summary>
    (HclValue Value, IReadOnlyList<Diagnostic> Diagnostics) Evaluate(EvalContext? context);

    /// <summary>Every variable reference the expression makes, in source order (for-expression locals excluded).</summary>
    IReadOnlyList<HclTraversal> Variables();

    SourceRange Range { get; }
}
