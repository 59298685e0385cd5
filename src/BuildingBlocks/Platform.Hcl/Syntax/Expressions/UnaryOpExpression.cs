using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary><c>-operand</c> or <c>!operand</c>.</summary>
public sealed record UnaryOpExpression(UnaryOperator Operator, Expression Operand, SourceRange Range) : Expression(Range);
