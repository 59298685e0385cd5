using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary><c>${ expr }</c> within a template with other parts. Range covers the <c>${</c> to the <c>}</c>.</summary>
public sealed record TemplateInterpolation(Expression Expression, SourceRange Range) : Expression(Range);
