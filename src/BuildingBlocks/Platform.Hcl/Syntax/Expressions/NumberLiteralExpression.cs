using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary>A numeric literal, kept as its source text so evaluation can read it at arbitrary precision.</summary>
public sealed record NumberLiteralExpression(string Text, SourceRange Range) : Expression(Range);
