using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary><c>condition ? trueResult : falseResult</c></summary>
public sealed record ConditionalExpression(Expression Condition, Expression TrueResult, Expression FalseResult, SourceRange Range)
    : Expression(Range);
