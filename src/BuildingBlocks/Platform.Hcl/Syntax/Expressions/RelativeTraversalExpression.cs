using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary>Static steps applied to the result of another expression: <c>f(x).a[0]</c>.</summary>
public sealed record RelativeTraversalExpression(Expression Source, IReadOnlyList<Traverser> Traversal, SourceRange Range) : Expression(Range);
