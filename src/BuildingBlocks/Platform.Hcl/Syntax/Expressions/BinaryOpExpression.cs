using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary><c>left op right</c>; operators of equal precedence associate to the left.</summary>
public sealed record BinaryOpExpression(Expression Left, BinaryOperator Operator, Expression Right, SourceRange Range) : Expression(Range);
