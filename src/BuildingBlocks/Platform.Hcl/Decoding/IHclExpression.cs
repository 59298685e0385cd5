using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Decoding;

/// <summary>
/// An attribute's value expression, whichever syntax it was written in. Evaluation is deferred to the caller,
/// who decides the variables and functions in scope (and can ask <see cref="Variables"/> first).
/// </summary>
public interface IHclExpression
{
    /// <summary>Every variable reference the expression makes, in source order (for-expression locals excluded).</summary>
    IReadOnlyList<HclTraversal> Variables();

    SourceRange Range { get; }
}
