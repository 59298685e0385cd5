using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Parsing;

/// <summary>Expressions: conditional, binary operators by precedence, terms, calls and collections.</summary>
internal sealed partial class HclSyntaxParser
{
    public Expression ParseExpression()
    {
        if (!TryEnter()) return Placeholder(PrevRange());
        var result = ParseConditional();
        Leave();
        return result;
    }

    /// <summary>At the top level of a standalone expression: anything left over is an error.</summary>
    public Expression ParseStandaloneExpression()
    {
        PushNewlines(false);
        var expr = ParseExpression();
        var next = Peek();
        if (next.Kind != HclTokenKind.EOF && !_recovery)
        {
            Error("Extra characters after expression", "An expression was successfully parsed, but extra characters were found after it.", R(next));
        }
        PopNewlines();
        return expr;
    }

    private Expression ParseConditional()
    {
        var startRange = NextRange();
        var mark = ErrorMark;
        var condition = ParseBinary(0);
        if (_recovery && ErrorsSince(mark)) return condition;
        if (PeekKind() != HclTokenKind.Question) return condition;
        Read();

        mark = ErrorMark;
        var trueResult = ParseExpression();
        if (_recovery && ErrorsSince(mark)) return condition;

        var colon = Peek();
        if (colon.Kind != HclTokenKind.Colon)
        {
            Error(
                "Missing false expression in conditional",
                "The conditional operator (...?...:...) requires a false expression, delimited by a colon.",
                R(colon),
                Between(startRange, R(colon)));
            return condition;
        }
        Read();

        mark = ErrorMark;
        var falseResult = ParseExpression();
        if (_recovery && ErrorsSince(mark)) return condition;
        return new ConditionalExpression(condition, trueResult, falseResult, Between(startRange, falseResult.Range));
    }

    private const int OperatorLevels = 6;

    /// <summary>The operator a token stands for at one precedence level (0 = lowest, <c>||</c>).</summary>
    private static BinaryOperator? OperatorAt(int level, HclTokenKind kind) => level switch
    {
        0 => kind == HclTokenKind.Or ? BinaryOperator.Or : null,
        1 => kind == HclTokenKind.And ? BinaryOperator.And : null,
        2 => kind switch { HclTokenKind.EqualOp => BinaryOperator.Equal, HclTokenKind.NotEqual => BinaryOperator.NotEqual, _ => null },
        3 => kind switch
        {
            HclTokenKind.LessThan => BinaryOperator.LessThan,
            HclTokenKind.LessThanEq => BinaryOperator.LessThanOrEqual,
            HclTokenKind.GreaterThan => BinaryOperator.GreaterThan,
            HclTokenKind.GreaterThanEq => BinaryOperator.GreaterThanOrEqual,
            _ => null,
        },
        4 => kind switch { HclTokenKind.Plus => BinaryOperator.Add, HclTokenKind.Minus => BinaryOperator.Subtract, _ => null },
        _ => kind switch
        {
            HclTokenKind.Star => BinaryOperator.Multiply,
            HclTokenKind.Slash => BinaryOperator.Divide,
            HclTokenKind.Percent => BinaryOperator.Modulo,
            _ => null,
        },
    };

    /// <summary>Left-associative operators of one precedence level over operands of the next level up.</summary>
    private Expression ParseBinary(int level)
    {
        if (level == OperatorLevels) return ParseWithTraversals();

        var mark = ErrorMark;
        var lhs = ParseBinary(level + 1);
        if (_recovery && ErrorsSince(mark)) return lhs;

        Expression? rhs = null;
        BinaryOperator? operation = null;
        while (OperatorAt(level, PeekKind()) is { } op)
        {
            if (operation is { } pending) lhs = new BinaryOpExpression(lhs, pending, rhs!, Between(lhs.Range, rhs!.Range));
            operation = op;
            Read();
            mark = ErrorMark;
            rhs = ParseBinary(level + 1);
            if (_recovery && ErrorsSince(mark)) return lhs;
        }

        return operation is { } last ? new BinaryOpExpression(lhs, last, rhs!, Between(lhs.Range, rhs!.Range)) : lhs;
    }

    private Expression ParseWithTraversals() => ParseTraversals(ParseTerm());

    private Expression ParseTerm()
    {
        var start = Peek();
        switch (start.Kind)
        {
            case HclTokenKind.OParen:
                return ParseParentheses();
            case HclTokenKind.NumberLit:
                Read();
                return NumberLiteral(start);
            case HclTokenKind.Ident:
                Read();
                var after = PeekKind();
                if (after is HclTokenKind.OParen or HclTokenKind.DoubleColon) return FinishFunctionCall(start);
                var span = _text.AsSpan(start.Start, start.Length);
                if (span.SequenceEqual("true")) return new BoolLiteralExpression(true, R(start));
                if (span.SequenceEqual("false")) return new BoolLiteralExpression(false, R(start));
                if (span.SequenceEqual("null")) return new NullLiteralExpression(R(start));
                var range = R(start);
                return new ScopeTraversalExpression(new List<Traverser>(2) { new TraverseRoot(NameOf(start), range) }, range);
            case HclTokenKind.OQuote or HclTokenKind.OHeredoc:
                return ParseTemplateTerm();
            case HclTokenKind.Minus or HclTokenKind.Bang:
                Read();
                if (!TryEnter()) return Placeholder(R(start));
                // Only the term and its traversals: -a+b is (-a)+b, not -(a+b).
                var operand = ParseWithTraversals();
                Leave();
                var unary = start.Kind == HclTokenKind.Minus ? UnaryOperator.Negate : UnaryOperator.Not;
                return new UnaryOpExpression(unary, operand, Between(R(start), operand.Range));
            case HclTokenKind.OBrack:
                return ParseTuple();
            case HclTokenKind.OBrace:
                return ParseObject();
            default:
                if (!_recovery)
                {
                    if (start.Kind == HclTokenKind.EOF)
                        Error("Missing expression", "Expected the start of an expression, but found the end of the file.", R(start));
                    else
                        Error("Invalid expression", "Expected the start of an expression, but found an invalid expression token.", R(start));
                }
                _recovery = true;
                return Placeholder(R(start));
        }
    }

    private NumberLiteralExpression NumberLiteral(in Token token)
    {
        var text = NameOf(token);
        if (!IsValidNumber(text))
        {
            Error("Invalid number literal", "Failed to recognize the value of this number literal.", R(token));
        }
        return new NumberLiteralExpression(text, R(token));
    }

    /// <summary>digits, optional fraction, optional exponent: what the scanner accepts minus doubled dots.</summary>
    private static bool IsValidNumber(string text)
    {
        var i = 0;
        while (i < text.Length && CharClasses.IsDigit(text[i])) i++;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            var digits = i;
            while (i < text.Length && CharClasses.IsDigit(text[i])) i++;
            if (i == digits) return false;
        }
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-') i++;
            var digits = i;
            while (i < text.Length && CharClasses.IsDigit(text[i])) i++;
            if (i == digits) return false;
        }
        return i == text.Length;
    }

    private Expression ParseParentheses()
    {
        var open = Read();
        PushNewlines(false);
        var mark = ErrorMark;
        var expr = ParseExpression();
        if (ErrorsSince(mark))
        {
            // Put the cursor after our closing paren so the next parser has a chance to find something valid.
            Recover(HclTokenKind.CParen);
            PopNewlines();
            return expr;
        }

        var close = Peek();
        if (close.Kind != HclTokenKind.CParen)
        {
            Error("Unbalanced parentheses", "Expected a closing parenthesis to terminate the expression.", R(close), Between(R(open), R(close)));
            _recovery = true;
        }
        var closeParen = Read();
        PopNewlines();
        return new ParenthesesExpression(expr, Between(R(open), R(closeParen)));
    }

    private Expression FinishFunctionCall(Token name)
    {
        var open = Read();
        var nameText = NameOf(name);
        var nameEnd = name.EndPos;
        while (open.Kind == HclTokenKind.DoubleColon)
        {
            var part = Read();
            if (part.Kind != HclTokenKind.Ident)
            {
                Error(
                    "Missing function name",
                    "Function scope resolution symbol :: must be followed by a function name in this scope.",
                    R(part),
                    Between(R(name), R(part)));
                RecoverOver(HclTokenKind.OParen);
                return Placeholder(Between(R(name), R(part)));
            }
            nameText = nameText + "::" + NameOf(part);
            nameEnd = part.EndPos;
            open = Read();
        }

        var nameRange = new SourceRange(_filename, name.StartPos, nameEnd);
        if (open.Kind != HclTokenKind.OParen)
        {
            Error(
                "Missing open parenthesis",
                "Function selector must be followed by an open parenthesis to begin the function call.",
                R(open),
                Between(R(name), R(open)));
            RecoverOver(HclTokenKind.OParen);
            return Placeholder(Between(R(name), R(open)));
        }

        var args = new List<Expression>();
        var expandFinal = false;
        Token? close = null;
        PushNewlines(false);
        while (true)
        {
            if (PeekKind() == HclTokenKind.CParen)
            {
                close = Read();
                break;
            }

            var mark = ErrorMark;
            args.Add(ParseExpression());
            if (_recovery && ErrorsSince(mark))
            {
                var recovered = Recover(HclTokenKind.CParen);
                if (recovered.Kind == HclTokenKind.CParen) close = recovered;
                break;
            }

            var separator = Read();
            if (separator.Kind == HclTokenKind.CParen)
            {
                close = separator;
                break;
            }
            if (separator.Kind == HclTokenKind.Ellipsis)
            {
                expandFinal = true;
                if (PeekKind() != HclTokenKind.CParen)
                {
                    if (!_recovery)
                    {
                        Error(
                            "Missing closing parenthesis",
                            "An expanded function argument (with ...) must be immediately followed by closing parentheses.",
                            R(separator),
                            Between(R(name), R(separator)));
                    }
                    close = Recover(HclTokenKind.CParen);
                }
                else
                {
                    close = Read();
                }
                break;
            }
            if (separator.Kind != HclTokenKind.Comma)
            {
                if (separator.Kind == HclTokenKind.EOF)
                {
                    Error(
                        "Unterminated function call",
                        $"There is no closing parenthesis for this call of \"{nameText}\" (opened at line {open.StartPos.Line}) before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.",
                        Between(R(name), R(open)));
                }
                else
                {
                    Error(
                        "Missing argument separator",
                        "A comma is required to separate each function argument from the next.",
                        R(separator),
                        Between(R(name), R(separator)));
                }
                close = Recover(HclTokenKind.CParen);
                break;
            }
            if (PeekKind() == HclTokenKind.CParen)
            {
                close = Read();
                break;
            }
        }
        PopNewlines();

        var closeRange = close is { } c ? R(c) : PrevRange();
        return new FunctionCallExpression(nameText, args.ToArray(), expandFinal, nameRange, R(open), closeRange, Between(nameRange, closeRange));
    }
}
