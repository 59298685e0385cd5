using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Parsing;

/// <summary>
/// The last template pass: literal whitespace handling for <c>&lt;&lt;-</c> heredocs, merging of adjacent
/// literals, and the nesting of <c>%{if}</c>/<c>%{for}</c> directives over the flat list of parts.
/// </summary>
internal sealed partial class HclSyntaxParser
{
    /// <summary>
    /// <c>&lt;&lt;-</c> heredocs: remove from every line the smallest indentation found on any non-blank
    /// line. Applied to the literal parts (not the result), so interpolated values cannot change it.
    /// </summary>
    private static void FlushHeredoc(List<Part> parts)
    {
        var minSpaces = int.MaxValue;
        var atLineStart = true;
        var adjust = new List<(LiteralPart Literal, int Spaces)>();
        foreach (var part in parts)
        {
            if (atLineStart)
            {
                atLineStart = false;
                if (part is EndPart) break;
                var spaces = 0;
                if (part is LiteralPart literal)
                {
                    var leading = literal.Value.Length - literal.Value.TrimStart().Length;
                    if (leading == literal.Value.Length && literal.Value.EndsWith('\n'))
                    {
                        spaces = int.MaxValue; // a blank line does not count
                    }
                    else
                    {
                        spaces = leading;
                        adjust.Add((literal, leading));
                    }
                }
                minSpaces = Math.Min(minSpaces, spaces);
            }
            if (part is LiteralPart { Value: var v } && v.EndsWith('\n')) atLineStart = true;
        }

        if (minSpaces == int.MaxValue) return;
        foreach (var (literal, _) in adjust)
        {
            var removed = literal.Value.AsSpan(0, minSpaces);
            literal.Value = literal.Value[minSpaces..];
            var start = literal.Range.Start;
            literal.Range = literal.Range with
            {
                Start = new SourcePos(start.Line, start.Column + minSpaces, start.Byte + System.Text.Encoding.UTF8.GetByteCount(removed)),
            };
        }
    }

    private static void MeldLiterals(List<Part> parts)
    {
        var write = 0;
        for (var read = 0; read < parts.Count; read++)
        {
            var part = parts[read];
            if (write > 0 && part is LiteralPart next && parts[write - 1] is LiteralPart previous)
            {
                previous.Value += next.Value;
                previous.Range = previous.Range with { End = next.Range.End };
                continue;
            }
            parts[write++] = part;
        }
        parts.RemoveRange(write, parts.Count - write);
    }

    private Expression BuildTemplateItem(List<Part> parts, ref int position)
    {
        var part = parts[position];
        switch (part)
        {
            case LiteralPart literal:
                position++;
                return new TemplateLiteral(StringLiteralDecoder.Nfc(literal.Value), literal.Range);
            case InterpolationPart interpolation:
                position++;
                return new TemplateInterpolation(interpolation.Expression, interpolation.Range);
            case IfPart or ForPart when !TryEnterDirective():
                // Too deep to nest further: give up on the rest of this template.
                position = parts.Count - 1;
                return Placeholder(part.Range);
            case IfPart ifPart:
                position++;
                var ifDirective = BuildIf(ifPart, parts, ref position);
                Leave();
                return ifDirective;
            case ForPart forPart:
                position++;
                var forDirective = BuildFor(forPart, parts, ref position);
                Leave();
                return forDirective;
            case ClosingPart closing:
                position++;
                Error($"Unexpected {closing.Name} directive", "The control directives within this template are unbalanced.", closing.Range);
                return Placeholder(closing.Range);
            default:
                Error("Unexpected end of template", "The control directives within this template are unbalanced.", part.Range);
                return Placeholder(part.Range);
        }
    }

    /// <summary>Like <see cref="TryEnter"/>, for the directive-nesting pass that runs after the tokens are consumed.</summary>
    private bool TryEnterDirective()
    {
        if (!_abandoned && _nesting < MaxNesting && System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _nesting++;
            return true;
        }
        if (!_abandoned)
        {
            _abandoned = true;
            Error("Nesting too deep", $"Template directives are nested more than {MaxNesting} levels deep (or too deep for the available stack); the parser stopped here.", PrevRange());
        }
        return false;
    }

    private Expression BuildIf(IfPart open, List<Part> parts, ref int position)
    {
        var then = new List<Expression>();
        var otherwise = new List<Expression>();
        var current = then;
        var hasElse = false;
        while (true)
        {
            var next = parts[position];
            if (next is EndPart end)
            {
                if (_abandoned) return Placeholder(end.Range);
                Error("Unexpected end of template", $"The if directive at {open.Range} is missing its corresponding endif directive.", end.Range);
                return Placeholder(end.Range);
            }
            if (next is ClosingPart closing)
            {
                position++;
                if (closing.Directive == ClosingDirective.EndIf)
                {
                    return new TemplateIfDirective(open.Condition, then.ToArray(), otherwise.ToArray(), hasElse, Between(open.Range, closing.Range));
                }
                if (closing.Directive == ClosingDirective.Else && !hasElse)
                {
                    hasElse = true;
                    current = otherwise;
                    continue;
                }
                if (closing.Directive == ClosingDirective.Else)
                    Error("Unexpected else directive", $"Already in the else clause for the if started at {open.Range}.", closing.Range);
                else
                    Error($"Unexpected {closing.Name} directive", $"Expecting an endif directive for the if started at {open.Range}.", closing.Range);
                return Placeholder(closing.Range);
            }
            current.Add(BuildTemplateItem(parts, ref position));
        }
    }

    private Expression BuildFor(ForPart open, List<Part> parts, ref int position)
    {
        var body = new List<Expression>();
        while (true)
        {
            var next = parts[position];
            if (next is EndPart end)
            {
                if (_abandoned) return Placeholder(end.Range);
                Error("Unexpected end of template", $"The for directive at {open.Range} is missing its corresponding endfor directive.", end.Range);
                return Placeholder(end.Range);
            }
            if (next is ClosingPart closing)
            {
                position++;
                if (closing.Directive == ClosingDirective.EndFor)
                {
                    return new TemplateForDirective(open.Key, open.Value, open.Collection, body.ToArray(), Between(open.Range, closing.Range));
                }
                if (closing.Directive == ClosingDirective.Else)
                    Error("Unexpected else directive", "An else clause is not expected for a for directive.", closing.Range);
                else
                    Error($"Unexpected {closing.Name} directive", $"Expecting an endfor directive corresponding to the for directive at {open.Range}.", closing.Range);
                return Placeholder(closing.Range);
            }
            body.Add(BuildTemplateItem(parts, ref position));
        }
    }
}
