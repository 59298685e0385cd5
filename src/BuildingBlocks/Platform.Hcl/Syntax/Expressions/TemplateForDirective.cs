using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary><c>%{ for k, v in coll }…%{ endfor }</c>. KeyVariable is null in the one-variable form.</summary>
public sealed record TemplateForDirective(
    string? KeyVariable,
    string ValueVariable,
    Expression Collection,
    IReadOnlyList<Expression> Body,
    SourceRange Range) : Expression(Range);
