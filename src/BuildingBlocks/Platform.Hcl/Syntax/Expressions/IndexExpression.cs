using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary><c>collection[key]</c> where key is computed.</summary>
public sealed record IndexExpression(Expression Collection, Expression Key, SourceRange BracketRange, SourceRange Range) : Expression(Range);
