using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary><c>null</c>.</summary>
public sealed record NullLiteralExpression(SourceRange Range) : Expression(Range);
