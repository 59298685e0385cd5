using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary>The placeholder for "the current element" inside a splat's <see cref="SplatExpression.Each"/>.</summary>
public sealed record SplatItemExpression(SourceRange Range) : Expression(Range);
