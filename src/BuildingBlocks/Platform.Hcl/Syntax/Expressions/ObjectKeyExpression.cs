using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary>
/// An object key. A bare identifier (<c>foo = 1</c>) means the string "foo", not the variable foo, unless
/// the key is wrapped in parentheses (<see cref="ForceNonLiteral"/>); <see cref="Wrapped"/> keeps the parsed
/// expression either way.
/// </summary>
public sealed record ObjectKeyExpression(Expression Wrapped, bool ForceNonLiteral, SourceRange Range) : Expression(Range)
{
    /// <summary>
    /// The identifier when this key is a bare name (and so a literal string). The keywords <c>true</c>,
    /// <c>false</c> and <c>null</c> count as names here, as in HashiCorp's HCL (<c>{ null = 1 }</c> has the key
    /// "null"), even though the parser reads them as literals.
    /// </summary>
    public string? BareName => ForceNonLiteral ? null : Wrapped switch
    {
        ScopeTraversalExpression { Traversal.Count: 1 } t => t.RootName,
        BoolLiteralExpression b => b.Value ? "true" : "false",
        NullLiteralExpression => "null",
        _ => null,
    };
}
