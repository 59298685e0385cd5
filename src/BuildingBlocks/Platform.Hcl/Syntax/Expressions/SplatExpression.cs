using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary>
/// <c>source.*.a.b</c> (attribute-only splat) or <c>source[*].a[0]</c> (full splat). <see cref="Each"/> is
/// the expression applied to every element, written in terms of <see cref="Item"/>; with no steps after
/// the splat, Each is Item itself. A non-list source is wrapped into a one-element tuple (null into an
/// empty one), as HCL does.
/// </summary>
public sealed record SplatExpression(Expression Source, Expression Each, SplatItemExpression Item, bool IsFullSplat, SourceRange MarkerRange, SourceRange Range)
    : Expression(Range);
