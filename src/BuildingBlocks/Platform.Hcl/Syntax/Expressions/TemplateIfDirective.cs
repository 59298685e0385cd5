using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary><c>%{ if cond }…%{ else }…%{ endif }</c>. Else is empty when absent. Range covers the whole directive.</summary>
public sealed record TemplateIfDirective(
    Expression Condition,
    IReadOnlyList<Expression> Then,
    IReadOnlyList<Expression> Else,
    bool HasElse,
    SourceRange Range) : Expression(Range);
