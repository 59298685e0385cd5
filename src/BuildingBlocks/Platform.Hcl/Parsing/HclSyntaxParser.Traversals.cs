using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Parsing;

/// <summary>Postfix steps (<c>.attr</c>, <c>[key]</c>, <c>.0</c>, splats) and absolute traversals.</summary>
internal sealed partial class HclSyntaxParser
{
    private Expression ParseTraversals(Expression from)
    {
        var ret = from;
        while (true)
        {
            var next = Peek();
            if (next.Kind == HclTokenKind.Dot)
            {
                var dot = Read();
                var attr = Peek();
                switch (attr.Kind)
                {
                    case HclTokenKind.Ident:
                        Read();
                        var attrRange = Between(R(dot), R(attr));
                        ret = Extend(ret, new TraverseAttribute(NameOf(attr), attrRange), attrRange);
                        break;
                    case HclTokenKind.NumberLit:
                        // The legacy HIL index form a.0, kept for old Terraform configurations.
                        Read();
                        var indexRange = Between(R(dot), R(attr));
                        ret = Extend(ret, new TraverseIndex(LegacyIndexKey(attr, splat: false, R(attr)), indexRange), indexRange);
                        break;
                    case HclTokenKind.Star:
                        if (FinishAttributeSplat(from, ret, dot) is not { } splat) continue;
                        ret = splat;
                        break;
                    default:
                        Error("Invalid attribute name", "An attribute name is required after a dot.", R(attr));
                        ret = Placeholder(Between(from.Range, R(dot)));
                        _recovery = true;
                        break;
                }
                continue;
            }

            if (next.Kind == HclTokenKind.OBrack)
            {
                var open = Read();
                if (PeekKind() == HclTokenKind.Star)
                {
                    Read();
                    var close = Read();
                    if (close.Kind != HclTokenKind.CBrack && !_recovery)
                    {
                        // hclsyntax points this error at where recovery lands (its subject aliases the token variable).
                        close = Recover(HclTokenKind.CBrack);
                        Error(
                            "Missing close bracket on splat index",
                            "The star for a full splat operator must be immediately followed by a closing bracket (\"]\").",
                            R(close));
                    }
                    var item = new SplatItemExpression(Between(R(open), R(close)));
                    if (!TryEnter()) return ret;
                    // Everything after [*] applies to each element: parse it against the item placeholder.
                    var each = ParseTraversals(item);
                    Leave();
                    ret = new SplatExpression(ret, each, item, true, Between(R(open), R(close)), Between(from.Range, each.Range));
                    continue;
                }

                PushNewlines(false);
                var mark = ErrorMark;
                var key = ParseExpression();
                Token closeBracket;
                if (_recovery && ErrorsSince(mark))
                {
                    closeBracket = Recover(HclTokenKind.CBrack);
                }
                else
                {
                    closeBracket = Read();
                    if (closeBracket.Kind != HclTokenKind.CBrack && !_recovery)
                    {
                        // As above: the subject is where recovery lands, matching hclsyntax.
                        closeBracket = Recover(HclTokenKind.CBrack);
                        Error("Missing close bracket on index", "The index operator must end with a closing bracket (\"]\").", R(closeBracket));
                    }
                }
                PopNewlines();

                var bracketRange = Between(R(open), R(closeBracket));
                var isLiteralKey = key is NumberLiteralExpression or BoolLiteralExpression or NullLiteralExpression
                    || key is TemplateExpression { IsStringLiteral: true };
                ret = isLiteralKey
                    ? Extend(ret, new TraverseIndex(key, bracketRange), bracketRange)
                    : new IndexExpression(ret, key, bracketRange, Between(from.Range, bracketRange));
                continue;
            }

            return Compact(ret);
        }
    }

    /// <summary>A finished traversal keeps its steps in an exact-size array rather than the list it was built in.</summary>
    private static Expression Compact(Expression expr) => expr switch
    {
        ScopeTraversalExpression { Traversal: List<Traverser> steps } scope => new ScopeTraversalExpression(steps.ToArray(), scope.Range),
        RelativeTraversalExpression { Traversal: List<Traverser> steps } relative => new RelativeTraversalExpression(relative.Source, steps.ToArray(), relative.Range),
        _ => expr,
    };

    /// <summary><c>source.*.a.b</c>: only attribute (and legacy index) steps belong to the splat.</summary>
    private SplatExpression? FinishAttributeSplat(Expression from, Expression source, Token dot)
    {
        var marker = Read();
        var steps = new List<Traverser>();
        var firstRange = NextRange();
        var lastRange = R(marker);
        while (PeekKind() == HclTokenKind.Dot)
        {
            var stepDot = Read();
            var step = Peek();
            if (step.Kind == HclTokenKind.NumberLit)
            {
                Read();
                // hclsyntax points the splat's step errors at the star itself.
                steps.Add(new TraverseIndex(LegacyIndexKey(step, splat: true, R(marker)), Between(R(stepDot), R(step))));
                lastRange = R(step);
                continue;
            }
            if (step.Kind != HclTokenKind.Ident)
            {
                if (!_recovery)
                {
                    if (step.Kind == HclTokenKind.Star)
                        Error("Nested splat expression not allowed", "A splat expression (*) cannot be used inside another attribute-only splat expression.", R(step));
                    else
                        Error("Invalid attribute name", "An attribute name is required after a dot.", R(marker));
                }
                _recovery = true;
                return null;
            }
            Read();
            steps.Add(new TraverseAttribute(NameOf(step), Between(R(stepDot), R(step))));
            lastRange = R(step);
        }

        var markerRange = Between(R(dot), R(marker));
        var item = new SplatItemExpression(markerRange);
        Expression each = steps.Count == 0 ? item : new RelativeTraversalExpression(item, steps, Between(firstRange, lastRange));
        return new SplatExpression(source, each, item, false, markerRange, Between(from.Range, lastRange));
    }

    private NumberLiteralExpression LegacyIndexKey(in Token number, bool splat, SourceRange subject)
    {
        var text = NameOf(number);
        var dotAt = text.IndexOf('.', StringComparison.Ordinal);
        if (dotAt < 0) return NumberLiteral(number);

        // a.0.1 scans as the number "0.1": HCL refuses it rather than guess.
        var first = text[..dotAt];
        var second = text[(dotAt + 1)..];
        var instead = splat ? "the proper index syntax with a full splat expression [*] instead" : "the proper index syntax instead";
        Error(
            "Invalid legacy index syntax",
            $"When using the legacy index syntax, chaining two indexes together is not permitted. Use {instead}, like [{first}][{second}].",
            subject);
        return new NumberLiteralExpression(text, R(number));
    }

    /// <summary>Appends a static step, extending an existing traversal rather than nesting a new one.</summary>
    private static Expression Extend(Expression expr, Traverser step, SourceRange stepRange)
    {
        switch (expr)
        {
            case ScopeTraversalExpression scope:
                return new ScopeTraversalExpression(Append(scope.Traversal, step), new SourceRange(scope.Range.Filename, scope.Range.Start, stepRange.End));
            case RelativeTraversalExpression relative:
                return new RelativeTraversalExpression(relative.Source, Append(relative.Traversal, step), new SourceRange(relative.Range.Filename, relative.Range.Start, stepRange.End));
            default:
                return new RelativeTraversalExpression(expr, new List<Traverser>(2) { step }, new SourceRange(expr.Range.Filename, expr.Range.Start, stepRange.End));
        }
    }

    /// <summary>
    /// The parser owns the lists of traversals it is still building (the record being replaced is
    /// discarded), so appending in place avoids copying a long chain step by step.
    /// </summary>
    private static List<Traverser> Append(IReadOnlyList<Traverser> traversal, Traverser step)
    {
        var list = traversal as List<Traverser> ?? [.. traversal];
        list.Add(step);
        return list;
    }

    /// <summary>A whole input that must be a variable name followed by attribute and literal index steps.</summary>
    public List<Traverser> ParseTraversalAbs()
    {
        PushNewlines(false);
        var result = new List<Traverser>();
        ParseTraversalSteps(result);
        PopNewlines();
        return result;
    }

    private void ParseTraversalSteps(List<Traverser> result)
    {
        var stepsMark = ErrorMark;
        var root = Read();
        if (root.Kind != HclTokenKind.Ident)
        {
            Error("Variable name required", "Must begin with a variable name.", R(root));
            return;
        }
        result.Add(new TraverseRoot(NameOf(root), R(root)));

        while (true)
        {
            var next = Peek();
            switch (next.Kind)
            {
                case HclTokenKind.EOF:
                    return;
                case HclTokenKind.Dot:
                    var dot = Read();
                    var name = Read();
                    if (name.Kind != HclTokenKind.Ident)
                    {
                        Error(
                            "Attribute name required",
                            name.Kind == HclTokenKind.Star ? "Splat expressions (.*) may not be used here." : "Dot must be followed by attribute name.",
                            R(name),
                            Between(R(root), R(name)));
                        return;
                    }
                    result.Add(new TraverseAttribute(NameOf(name), Between(R(dot), R(name))));
                    break;
                case HclTokenKind.OBrack:
                    var open = Read();
                    var keyToken = Peek();
                    Expression key;
                    if (keyToken.Kind == HclTokenKind.NumberLit)
                    {
                        Read();
                        key = NumberLiteral(keyToken);
                    }
                    else if (keyToken.Kind == HclTokenKind.OQuote)
                    {
                        var (value, range) = ParseQuotedStringLiteral();
                        key = new TemplateExpression([new TemplateLiteral(StringLiteralDecoder.Nfc(value), range)], false, range);
                    }
                    else
                    {
                        Error(
                            keyToken.Kind == HclTokenKind.Star ? "Attribute name required" : "Index value required",
                            keyToken.Kind == HclTokenKind.Star
                                ? "Splat expressions ([*]) may not be used here."
                                : "Index brackets must contain either a literal number or a literal string.",
                            R(keyToken),
                            Between(R(root), R(keyToken)));
                        return;
                    }

                    var close = Read();
                    if (close.Kind != HclTokenKind.CBrack)
                    {
                        Error("Unclosed index brackets", "Index key must be followed by a closing bracket.", R(close), Between(R(open), R(close)));
                    }
                    result.Add(new TraverseIndex(key, Between(R(open), R(close))));
                    if (ErrorsSince(stepsMark)) return;
                    break;
                default:
                    Error("Invalid character", "Expected an attribute access or an index operator.", R(next), Between(R(root), R(next)));
                    return;
            }
        }
    }
}
