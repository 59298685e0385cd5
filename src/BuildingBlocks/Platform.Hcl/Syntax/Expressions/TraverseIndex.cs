using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary>
/// <c>[key]</c> with a literal key, or the legacy <c>.0</c> index form. Key is a
/// <see cref="NumberLiteralExpression"/> or a literal <see cref="TemplateExpression"/>; a computed key is an
/// <see cref="IndexExpression"/> instead.
/// </summary>
public sealed record TraverseIndex(Expression Key, SourceRange Range) : Traverser(Range);
