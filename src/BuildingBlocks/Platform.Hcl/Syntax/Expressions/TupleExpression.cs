using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary><c>[a, b, c]</c></summary>
public sealed record TupleExpression(IReadOnlyList<Expression> Items, SourceRange OpenRange, SourceRange Range) : Expression(Range);
