using Platform.Hcl.Parsing;

namespace Platform.Hcl.Formatting;

/// <summary>
/// Whether one space or none goes between two neighbouring tokens of a cell: hclwrite's rules, in its order
/// (the first rule that matches decides, so the order is part of the contract).
/// </summary>
internal static class TokenSpacingRule
{
    /// <param name="subject">The token the space would follow.</param>
    /// <param name="before">The token before <paramref name="subject"/> in the same cell, or null at the cell's start.</param>
    /// <param name="after">The token the space would precede.</param>
    public static bool SpaceAfter(in FormatToken subject, FormatToken? before, in FormatToken after)
    {
        var s = subject.Kind;
        var a = after.Kind;

        // Never a space at the end of a line.
        if (a is HclTokenKind.Newline or HclTokenKind.EOF) return false;

        // A function name stays on its parenthesis, and a namespaced name ("provider::aws::arn") stays whole.
        if (s == HclTokenKind.Ident && a == HclTokenKind.OParen) return false;
        if ((s == HclTokenKind.Ident && a == HclTokenKind.DoubleColon) || (s == HclTokenKind.DoubleColon && a == HclTokenKind.Ident)) return false;

        // Attribute access dots are tight on both sides.
        if (s == HclTokenKind.Dot || a == HclTokenKind.Dot) return false;

        // Nothing before a comma or an expansion "...", one space after a comma.
        if (a is HclTokenKind.Comma or HclTokenKind.Ellipsis) return false;
        if (s == HclTokenKind.Comma) return true;

        // Template text is never padded: spaces next to literal text would become part of the string.
        if (s is HclTokenKind.QuotedLit or HclTokenKind.StringLit or HclTokenKind.OQuote or HclTokenKind.OHeredoc
            || a is HclTokenKind.QuotedLit or HclTokenKind.StringLit or HclTokenKind.CQuote or HclTokenKind.CHeredoc)
        {
            return false;
        }

        // "in" after a name is the for-expression keyword, not a variable being indexed: "x in [a]", not "in[a]".
        if (s == HclTokenKind.Ident && subject.Text == "in" && before is { Kind: HclTokenKind.Ident }) return true;

        // Indexing is tight: "a[0]", "f()[0]", "[x][0]".
        if (a == HclTokenKind.OBrack && (s is HclTokenKind.Ident or HclTokenKind.NumberLit || subject.BracketChange < 0)) return false;

        if (s == HclTokenKind.Bang) return false;
        if (s == HclTokenKind.Minus) return !IsNegation(before);

        // Braces are padded on their inner side ("{ a = 1 }", "b { c = 1 }"), except an empty pair "{}".
        if (s == HclTokenKind.OBrace || a == HclTokenKind.CBrace) return !(s == HclTokenKind.OBrace && a == HclTokenKind.CBrace);

        // "${ {a = 1} }": an interpolation holding just an object keeps a space so its braces stay readable.
        if (s is HclTokenKind.TemplateInterp or HclTokenKind.TemplateControl && a == HclTokenKind.OBrace) return true;
        if (s == HclTokenKind.CBrace && a == HclTokenKind.TemplateSeqEnd) return true;

        // Adjacent template sequences ("${a}${b}") stay adjacent.
        if (s == HclTokenKind.TemplateSeqEnd && a is HclTokenKind.TemplateInterp or HclTokenKind.TemplateControl) return false;

        // No space inside brackets, parentheses and template sequences.
        if (subject.BracketChange > 0) return false;
        if (after.BracketChange < 0) return false;

        return true;
    }

    /// <summary>
    /// A minus is a negation, written tight, when what precedes it cannot end an operand: nothing, an opener,
    /// a separator or another operator. After anything else it is a subtraction.
    /// </summary>
    private static bool IsNegation(FormatToken? before) => before is null || before.Value.Kind is
        HclTokenKind.OParen or HclTokenKind.OBrace or HclTokenKind.OBrack or HclTokenKind.Equal or HclTokenKind.Colon
        or HclTokenKind.Comma or HclTokenKind.Question
        or HclTokenKind.Plus or HclTokenKind.Star or HclTokenKind.Slash or HclTokenKind.Percent or HclTokenKind.Minus
        or HclTokenKind.EqualOp or HclTokenKind.NotEqual or HclTokenKind.GreaterThan or HclTokenKind.GreaterThanEq
        or HclTokenKind.LessThan or HclTokenKind.LessThanEq
        or HclTokenKind.And or HclTokenKind.Or or HclTokenKind.Bang;
}
