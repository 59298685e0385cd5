using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Syntax.Expressions;

/// <summary>
/// An object key. A bare identifier (<c>foo = 1</c>) means the string "foo", not the variable foo, unless
/// the key is wrapped in parentheses (<see cref="ForceNonLiteral"/>); <see cref="Wrapped"/> keeps the parsed
/// expression either way.
/// </summary>
public sealed record ObjectKeyExpression(Expression Wrapped, bool ForceNonLiteral, SourceRange Range) : Expression(Range)
{
    /// <summary>The identifier when this key is a bare name (and so a literal string).</summary>
    public string? BareName =>
        !ForceNonLiteral && Wrapped is ScopeTraversalExpression { Traversal.Count: 1 } t ? t.RootName : null;
}
