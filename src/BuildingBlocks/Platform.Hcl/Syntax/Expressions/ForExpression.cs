using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary>
/// <c>[for k, v in coll : value if cond]</c> (tuple result; KeyResult null) or
/// <c>{for k, v in coll : key => value... if cond}</c> (object result; Group set by <c>...</c>).
/// KeyVariable is null in the one-variable form.
/// </summary>
public sealed record ForExpression(
    string? KeyVariable,
    string ValueVariable,
    Expression Collection,
    Expression? KeyResult,
    Expression ValueResult,
    Expression? Condition,
    bool Group,
    SourceRange OpenRange,
    SourceRange CloseRange,
    SourceRange Range) : Expression(Range)
{
    public bool IsObject => KeyResult is not null;
}
