using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BoolLiteralExpression(bool Value, SourceRange Range) : Expression(Range);
