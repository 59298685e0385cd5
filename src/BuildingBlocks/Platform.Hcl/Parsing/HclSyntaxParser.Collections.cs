using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Parsing;

/// <summary>Collection constructors: tuples, objects and the <c>for</c> expressions written inside their brackets.</summary>
internal sealed partial class HclSyntaxParser
{
    private Expression ParseTuple()
    {
        var open = Read();
        PushNewlines(false);
        if (IsKeyword(Peek(), "for"))
        {
            var forExpr = FinishFor(open);
            PopNewlines();
            return forExpr;
        }

        var items = new List<Expression>();
        Token close;
        while (true)
        {
            if (PeekKind() == HclTokenKind.CBrack)
            {
                close = Read();
                break;
            }

            var mark = ErrorMark;
            items.Add(ParseExpression());
            if (_recovery && ErrorsSince(mark))
            {
                close = Recover(HclTokenKind.CBrack);
                break;
            }

            var next = Peek();
            if (next.Kind == HclTokenKind.CBrack)
            {
                close = Read();
                break;
            }
            if (next.Kind != HclTokenKind.Comma)
            {
                if (!_recovery)
                {
                    if (next.Kind == HclTokenKind.EOF)
                        Error(
                            "Unterminated tuple constructor expression",
                            $"There is no corresponding closing bracket for the \"[\" at line {open.StartPos.Line} before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.",
                            R(open));
                    else
                        Error("Missing item separator", "Expected a comma to mark the beginning of the next item.", R(next), Between(R(open), R(next)));
                }
                close = Recover(HclTokenKind.CBrack);
                break;
            }
            Read();
        }
        PopNewlines();
        return new TupleExpression(items.ToArray(), R(open), Between(R(open), R(close)));
    }

    private Expression ParseObject()
    {
        var open = Read();
        // "for" is looked for ignoring newlines: for expressions are not newline-sensitive, objects are.
        PushNewlines(false);
        var isFor = IsKeyword(Peek(), "for");
        PopNewlines();
        if (isFor) return FinishFor(open);

        PushNewlines(true);
        var items = new List<ObjectItem>();
        Token close;
        while (true)
        {
            var next = Peek();
            if (next.Kind == HclTokenKind.Newline)
            {
                Read();
                continue;
            }
            if (next.Kind == HclTokenKind.CBrace)
            {
                close = Read();
                break;
            }

            var forceNonLiteral = next.Kind == HclTokenKind.OParen;
            var mark = ErrorMark;
            var key = ParseExpression();
            if (_recovery && ErrorsSince(mark))
            {
                close = Recover(HclTokenKind.CBrace);
                break;
            }
            var keyExpr = new ObjectKeyExpression(key, forceNonLiteral, key.Range);

            next = Peek();
            if (next.Kind is not (HclTokenKind.Equal or HclTokenKind.Colon))
            {
                if (!_recovery) ReportMissingObjectValue(open, next);
                close = Recover(HclTokenKind.CBrace);
                break;
            }
            Read();

            mark = ErrorMark;
            var value = ParseExpression();
            items.Add(new ObjectItem(keyExpr, value));
            if (_recovery && ErrorsSince(mark))
            {
                close = Recover(HclTokenKind.CBrace);
                break;
            }

            next = Peek();
            if (next.Kind == HclTokenKind.CBrace)
            {
                close = Read();
                break;
            }
            if (next.Kind is not (HclTokenKind.Comma or HclTokenKind.Newline))
            {
                if (!_recovery)
                {
                    if (next.Kind == HclTokenKind.EOF)
                        ReportUnterminatedObject(open);
                    else
                        Error(
                            "Missing attribute separator",
                            "Expected a newline or comma to mark the beginning of the next attribute.",
                            R(next),
                            Between(R(open), R(next)));
                }
                close = Recover(HclTokenKind.CBrace);
                break;
            }
            Read();
        }
        PopNewlines();
        return new ObjectExpression(items.ToArray(), R(open), Between(R(open), R(close)));
    }

    private void ReportMissingObjectValue(in Token open, in Token next)
    {
        switch (next.Kind)
        {
            case HclTokenKind.Newline or HclTokenKind.Comma:
                Error("Missing attribute value", "Expected an attribute value, introduced by an equals sign (\"=\").", R(next), Between(R(open), R(next)));
                break;
            case HclTokenKind.Ident:
                // One way here is an HCL1-style name with a period and digit (foo1.2_bar = "baz").
                Error(
                    "Missing key/value separator",
                    "Expected an equals sign (\"=\") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.",
                    R(next),
                    Between(R(open), R(next)));
                break;
            case HclTokenKind.EOF:
                ReportUnterminatedObject(open);
                break;
            default:
                Error(
                    "Missing key/value separator",
                    "Expected an equals sign (\"=\") to mark the beginning of the attribute value.",
                    R(next),
                    Between(R(open), R(next)));
                break;
        }
    }

    private void ReportUnterminatedObject(in Token open) =>
        Error(
            "Unterminated object constructor expression",
            $"There is no corresponding closing brace for the \"{{\" at line {open.StartPos.Line} before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
            R(open));

    private Expression FinishFor(Token open)
    {
        PushNewlines(false);
        var result = FinishForInner(open);
        PopNewlines();
        return result;
    }

    private Expression FinishForInner(Token open)
    {
        Read(); // "for"
        var makeObject = open.Kind == HclTokenKind.OBrace;
        var closeKind = makeObject ? HclTokenKind.CBrace : HclTokenKind.CBrack;

        Expression Fail(string detail)
        {
            var at = Peek();
            if (!_recovery) Error("Invalid 'for' expression", detail, R(at), Between(R(open), R(at)));
            var close = Recover(closeKind);
            return Placeholder(Between(R(open), R(close)));
        }

        Expression Abandon()
        {
            var close = Recover(closeKind);
            return Placeholder(Between(R(open), R(close)));
        }

        if (PeekKind() != HclTokenKind.Ident) return Fail("For expression requires variable name after 'for'.");
        string? keyName = null;
        var valueName = NameOf(Read());
        if (PeekKind() == HclTokenKind.Comma)
        {
            keyName = valueName;
            Read();
            if (PeekKind() != HclTokenKind.Ident) return Fail("For expression requires value variable name after comma.");
            valueName = NameOf(Read());
        }

        if (!IsKeyword(Peek(), "in")) return Fail("For expression requires the 'in' keyword after its name declarations.");
        Read();

        var mark = ErrorMark;
        var collection = ParseExpression();
        if (_recovery && ErrorsSince(mark)) return Abandon();

        if (PeekKind() != HclTokenKind.Colon) return Fail("For expression requires a colon after the collection expression.");
        Read();

        mark = ErrorMark;
        Expression? keyResult = null;
        var valueResult = ParseExpression();
        if (PeekKind() == HclTokenKind.FatArrow)
        {
            Read();
            keyResult = valueResult;
            valueResult = ParseExpression();
        }
        if (_recovery && ErrorsSince(mark)) return Abandon();

        Token? ellipsis = null;
        if (PeekKind() == HclTokenKind.Ellipsis) ellipsis = Read();

        Expression? condition = null;
        if (IsKeyword(Peek(), "if"))
        {
            Read();
            mark = ErrorMark;
            condition = ParseExpression();
            if (_recovery && ErrorsSince(mark)) return Abandon();
        }

        Token close;
        if (PeekKind() == closeKind)
        {
            close = Read();
        }
        else
        {
            var extra = Peek();
            if (!_recovery) Error("Invalid 'for' expression", "Extra characters after the end of the 'for' expression.", R(extra), Between(R(open), R(extra)));
            close = Recover(closeKind);
        }

        var whole = Between(R(open), R(close));
        if (!makeObject)
        {
            if (keyResult is not null)
                Error("Invalid 'for' expression", "Key expression is not valid when building a tuple.", keyResult.Range, whole);
            if (ellipsis is { } e)
                Error("Invalid 'for' expression", "Grouping ellipsis (...) cannot be used when building a tuple.", R(e), whole);
        }
        else if (keyResult is null)
        {
            Error("Invalid 'for' expression", "Key expression is required when building an object.", valueResult.Range, whole);
        }

        return new ForExpression(keyName, valueName, collection, keyResult, valueResult, condition, ellipsis is not null, R(open), R(close), whole);
    }
}
