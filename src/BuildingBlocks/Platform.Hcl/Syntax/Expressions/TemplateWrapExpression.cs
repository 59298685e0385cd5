using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary>
/// <c>"${expr}"</c> with nothing else in the quotes: evaluates to expr's value unconverted (HCL keeps this
/// legacy form meaning "the value itself", not its string).
/// </summary>
public sealed record TemplateWrapExpression(Expression Wrapped, SourceRange Range) : Expression(Range);
