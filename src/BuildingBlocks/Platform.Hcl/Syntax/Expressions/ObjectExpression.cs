using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary><c>{ key = value, "k2" : value2 }</c>; items in source order.</summary>
public sealed record ObjectExpression(IReadOnlyList<ObjectItem> Items, SourceRange OpenRange, SourceRange Range) : Expression(Range);
