using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary>
/// A quoted string or heredoc: literals, interpolations and directives, concatenated to a string.
/// A template that is exactly one interpolation (<c>"${x}"</c>) is a <see cref="TemplateWrapExpression"/> instead.
/// </summary>
public sealed record TemplateExpression(IReadOnlyList<Expression> Parts, bool IsHeredoc, SourceRange Range) : Expression(Range)
{
    /// <summary>True when the template has no interpolation or directive (zero or one literal part).</summary>
    public bool IsStringLiteral => Parts.Count == 0 || (Parts.Count == 1 && Parts[0] is TemplateLiteral);
}
