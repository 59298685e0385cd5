using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Parsing;

/// <summary>
/// Templates (quoted strings, heredocs, bare templates) in two passes, as hclsyntax does: first a flat list
/// of parts (literals with strip markers applied, interpolations, directive markers), then flush-heredoc
/// trimming and merging of adjacent literals, then the nesting of <c>%{if}</c>/<c>%{for}</c> directives.
/// </summary>
internal sealed partial class HclSyntaxParser
{
    private abstract class Part(SourceRange range)
    {
        public SourceRange Range = range;
    }

    private sealed class LiteralPart(string value, SourceRange range) : Part(range)
    {
        public string Value = value;
    }

    private sealed class InterpolationPart(Expression expression, SourceRange range) : Part(range)
    {
        public Expression Expression { get; } = expression;
    }

    private sealed class IfPart(Expression condition, SourceRange range) : Part(range)
    {
        public Expression Condition { get; } = condition;
    }

    private sealed class ForPart(string? key, string value, Expression collection, SourceRange range) : Part(range)
    {
        public string? Key { get; } = key;
        public string Value { get; } = value;
        public Expression Collection { get; } = collection;
    }

    private enum ClosingDirective { Else, EndIf, EndFor }

    private sealed class ClosingPart(ClosingDirective directive, SourceRange range) : Part(range)
    {
        public ClosingDirective Directive { get; } = directive;
        public string Name => Directive switch { ClosingDirective.Else => "else", ClosingDirective.EndIf => "endif", _ => "endfor" };
    }

    private sealed class EndPart(SourceRange range) : Part(range);

    /// <summary>A bare template file: everything up to EOF.</summary>
    public Expression ParseBareTemplate()
    {
        var (parts, passthrough, range) = ParseTemplateInner(HclTokenKind.EOF, flush: false);
        return passthrough ? new TemplateWrapExpression(((TemplateInterpolation)parts[0]).Expression, range) : new TemplateExpression(parts, false, range);
    }

    private Expression ParseTemplateTerm()
    {
        var open = Read();
        if (!TryEnter()) return Placeholder(R(open));
        if (open.Kind == HclTokenKind.OQuote && TryParsePlainString(open) is { } plain)
        {
            Leave();
            return plain;
        }
        var isHeredoc = open.Kind == HclTokenKind.OHeredoc;
        var flush = isHeredoc && _text.AsSpan(open.Start, open.Length).StartsWith("<<-");
        var (parts, passthrough, _) = ParseTemplateInner(isHeredoc ? HclTokenKind.CHeredoc : HclTokenKind.CQuote, flush);
        Leave();
        var range = Between(R(open), PrevRange());
        return passthrough
            ? new TemplateWrapExpression(((TemplateInterpolation)parts[0]).Expression, range)
            : new TemplateExpression(parts, isHeredoc, range);
    }

    /// <summary>
    /// A quoted string of literal text only (<c>"..."</c>, no <c>${</c> or <c>%{</c>), by far the commonest template:
    /// the same result the two-pass template parser gives, built without its part lists.
    /// </summary>
    private TemplateExpression? TryParsePlainString(in Token open)
    {
        var first = NextIndex(out _);
        var close = _tokens.KindAt(first) switch
        {
            HclTokenKind.CQuote => first,
            HclTokenKind.QuotedLit when first + 1 < _tokens.Count && _tokens.KindAt(first + 1) == HclTokenKind.CQuote => first + 1,
            _ => -1,
        };
        if (close < 0) return null;

        var closeRange = R(_tokens[close]);
        TemplateLiteral literal;
        if (close == first)
        {
            // "" means the empty string: a zero-width literal, placed where the general path places it.
            literal = new TemplateLiteral("", new SourceRange(_filename, closeRange.End, closeRange.End));
        }
        else
        {
            var text = _tokens[first];
            var value = StringLiteralDecoder.Decode(_text, text, quoted: true, _filename, _diags);
            literal = new TemplateLiteral(NfcText.Normalize(value), R(text));
        }
        _next = close + 1;
        return new TemplateExpression([literal], false, Between(R(open), closeRange));
    }

    private (Expression[] Parts, bool Passthrough, SourceRange Range) ParseTemplateInner(HclTokenKind end, bool flush)
    {
        var (parts, range) = ParseTemplateParts(end);
        if (flush) FlushHeredoc(parts);
        MeldLiterals(parts);
        var position = 0;
        var exprs = new List<Expression>(parts.Count);
        while (parts[position] is not EndPart) exprs.Add(BuildTemplateItem(parts, ref position));
        var passthrough = parts.Count == 2 && parts[0] is InterpolationPart;
        return (exprs.ToArray(), passthrough, range);
    }

    private (List<Part> Parts, SourceRange Range) ParseTemplateParts(HclTokenKind end)
    {
        var parts = new List<Part>();
        var startRange = NextRange();
        var trimNextLeft = false;
        var nextCanTrimPrevious = false;
        SourceRange endRange;

        while (true)
        {
            var next = Read();
            if (next.Kind == end)
            {
                endRange = R(next);
                break;
            }

            var trimLeft = trimNextLeft;
            trimNextLeft = false;
            var canTrimPrevious = nextCanTrimPrevious;
            nextCanTrimPrevious = false;

            switch (next.Kind)
            {
                case HclTokenKind.StringLit or HclTokenKind.QuotedLit:
                    var value = StringLiteralDecoder.Decode(_text, next, next.Kind == HclTokenKind.QuotedLit, _filename, _diags);
                    if (trimLeft) value = value.TrimStart();
                    parts.Add(new LiteralPart(value, R(next)));
                    nextCanTrimPrevious = true;
                    continue;

                case HclTokenKind.TemplateInterp:
                    TrimPreviousIfMarked(parts, next, canTrimPrevious);
                    PushNewlines(false);
                    var expr = ParseExpression();
                    var close = Peek();
                    if (close.Kind != HclTokenKind.TemplateSeqEnd)
                    {
                        if (!_recovery) ReportUnclosedInterpolation(close, startRange, end);
                        Recover(HclTokenKind.TemplateSeqEnd);
                    }
                    else
                    {
                        Read();
                        trimNextLeft = _text[close.Start] == '~';
                    }
                    PopNewlines();
                    parts.Add(new InterpolationPart(expr, Between(R(next), R(close))));
                    continue;

                case HclTokenKind.TemplateControl:
                    TrimPreviousIfMarked(parts, next, canTrimPrevious);
                    PushNewlines(false);
                    trimNextLeft = ParseDirective(next, parts, startRange);
                    PopNewlines();
                    continue;

                default:
                    if (!_recovery)
                    {
                        Error("Unterminated template string", "No closing marker was found for the string.", R(next), Between(startRange, R(next)));
                    }
                    endRange = R(Recover(end));
                    break;
            }
            break;
        }

        if (parts.Count == 0)
        {
            // "" means the empty string: a zero-width literal just after the opening quote.
            parts.Add(new LiteralPart("", new SourceRange(_filename, startRange.End, startRange.End)));
        }
        parts.Add(new EndPart(endRange));
        return (parts, Between(startRange, endRange));
    }

    private void TrimPreviousIfMarked(List<Part> parts, in Token opener, bool canTrimPrevious)
    {
        if (canTrimPrevious && opener.Length == 3 && parts.Count > 0 && parts[^1] is LiteralPart literal)
        {
            literal.Value = literal.Value.TrimEnd();
        }
    }

    private void ReportUnclosedInterpolation(in Token close, SourceRange startRange, HclTokenKind end)
    {
        if (close.Kind == HclTokenKind.EOF)
        {
            Error(
                "Unclosed template interpolation sequence",
                "There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.",
                startRange);
        }
        else if (close.Kind == HclTokenKind.Colon)
        {
            Error(
                "Extra characters after interpolation expression",
                "Template interpolation doesn't expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with \"$${\" instead of just \"${\".",
                R(close),
                Between(startRange, R(close)));
        }
        else if (close.Kind is HclTokenKind.CQuote or HclTokenKind.OQuote && end == HclTokenKind.CQuote)
        {
            Error(
                "Unclosed template interpolation sequence",
                "There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.",
                startRange);
        }
        else
        {
            Error(
                "Extra characters after interpolation expression",
                "Expected a closing brace to end the interpolation expression, but found extra characters.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, escape it by starting with \"$${\" instead of just \"${\".",
                R(close),
                Between(startRange, R(close)));
        }
    }

    /// <summary>Parses <c>%{ keyword ... }</c> after its opener; returns whether it ended with <c>~}</c>.</summary>
    private bool ParseDirective(Token opener, List<Part> parts, SourceRange startRange)
    {
        var keyword = Peek();
        if (keyword.Kind != HclTokenKind.Ident)
        {
            if (!_recovery)
            {
                Error(
                    "Invalid template directive",
                    "A template directive keyword (\"if\", \"for\", etc) is expected at the beginning of a %{ sequence.",
                    R(keyword),
                    Between(R(opener), R(keyword)));
            }
            Recover(HclTokenKind.TemplateSeqEnd);
            return false;
        }
        Read();

        var word = NameOf(keyword);
        switch (word)
        {
            case "if":
                var condition = ParseExpression();
                parts.Add(new IfPart(condition, Between(R(opener), NextRange())));
                break;
            case "else":
                parts.Add(new ClosingPart(ClosingDirective.Else, Between(R(opener), NextRange())));
                break;
            case "endif":
                parts.Add(new ClosingPart(ClosingDirective.EndIf, Between(R(opener), NextRange())));
                break;
            case "endfor":
                parts.Add(new ClosingPart(ClosingDirective.EndFor, Between(R(opener), NextRange())));
                break;
            case "for":
                if (!ParseForDirectiveHeader(opener, parts)) return false;
                break;
            default:
                if (!_recovery)
                {
                    var suggestion = Suggest(word, ["if", "for", "else", "endif", "endfor"]);
                    Error(
                        "Invalid template control keyword",
                        $"\"{word}\" is not a valid template control keyword.{(suggestion is null ? "" : $" Did you mean \"{suggestion}\"?")}",
                        R(keyword),
                        Between(R(opener), R(keyword)));
                }
                Recover(HclTokenKind.TemplateSeqEnd);
                return false;
        }

        var close = Peek();
        if (close.Kind != HclTokenKind.TemplateSeqEnd)
        {
            if (!_recovery)
            {
                Error($"Extra characters in {word} marker", "Expected a closing brace to end the sequence, but found extra characters.", R(close), Between(startRange, R(close)));
            }
            Recover(HclTokenKind.TemplateSeqEnd);
            return false;
        }
        Read();
        return _text[close.Start] == '~';
    }

    private bool ParseForDirectiveHeader(Token opener, List<Part> parts)
    {
        bool Fail(string detail)
        {
            if (!_recovery) Error("Invalid 'for' directive", detail, NextRange());
            Recover(HclTokenKind.TemplateSeqEnd);
            return false;
        }

        if (PeekKind() != HclTokenKind.Ident) return Fail("For directive requires variable name after 'for'.");
        string? key = null;
        var value = NameOf(Read());
        if (PeekKind() == HclTokenKind.Comma)
        {
            key = value;
            Read();
            if (PeekKind() != HclTokenKind.Ident) return Fail("For directive requires value variable name after comma.");
            value = NameOf(Read());
        }
        if (!IsKeyword(Peek(), "in")) return Fail("For directive requires 'in' keyword after names.");
        Read();
        var collection = ParseExpression();
        parts.Add(new ForPart(key, value, collection, Between(R(opener), NextRange())));
        return true;
    }

    private static string? Suggest(string given, string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (EditDistance(given, candidate) < 3) return candidate;
        }
        return null;
    }

    private static int EditDistance(string a, string b)
    {
        if (a.Length > 64) return int.MaxValue;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
