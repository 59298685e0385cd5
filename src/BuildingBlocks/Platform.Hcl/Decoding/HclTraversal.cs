using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Decoding;

/// <summary>
/// A static reference to a variable: <c>var.name</c>, <c>aws_instance.web[0].id</c>. The first step is always a
/// <see cref="TraverseRoot"/>. Callers use these to learn which variables an expression needs before evaluating it.
/// </summary>
public sealed record HclTraversal(IReadOnlyList<Traverser> Steps)
{
    public string RootName => ((TraverseRoot)Steps[0]).Name;

    public SourceRange Range => SourceRange.Between(Steps[0].Range, Steps[^1].Range);
}
