using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary>
/// <c>name(args...)</c>; Name may be namespaced (<c>provider::aws::arn_parse</c>). ExpandFinal is set by a
/// trailing <c>...</c>, which spreads the last argument (a list or tuple) into separate arguments.
/// </summary>
public sealed record FunctionCallExpression(
    string Name,
    IReadOnlyList<Expression> Arguments,
    bool ExpandFinal,
    SourceRange NameRange,
    SourceRange OpenParenRange,
    SourceRange CloseParenRange,
    SourceRange Range) : Expression(Range);
