using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary>A variable reference with static steps: <c>var.x</c>, <c>a.b[0].c</c>. The first step is a <see cref="TraverseRoot"/>.</summary>
public sealed record ScopeTraversalExpression(IReadOnlyList<Traverser> Traversal, SourceRange Range) : Expression(Range)
{
    public string RootName => ((TraverseRoot)Traversal[0]).Name;
}
