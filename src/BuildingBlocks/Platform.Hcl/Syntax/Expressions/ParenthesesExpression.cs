using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary>
/// <c>( inner )</c>. Kept in the tree because it changes meaning in one place: an object key in parentheses
/// is always an expression, never a bare name.
/// </summary>
public sealed record ParenthesesExpression(Expression Inner, SourceRange Range) : Expression(Range);
