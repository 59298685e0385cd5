using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax;
using Attribute = Platform.Hcl.Syntax.Attribute;

namespace Platform.Hcl.Parsing;

/// <summary>Bodies, attributes and blocks: the newline-terminated structural layer.</summary>
internal sealed partial class HclSyntaxParser
{
    public Body ParseFileBody() => ParseBody(HclTokenKind.EOF, null);

    /// <param name="end">EOF for a file, CBrace for a block body.</param>
    /// <param name="blockType">The enclosing block's type name, for the "unclosed block" message.</param>
    private Body ParseBody(HclTokenKind end, string? blockType)
    {
        var items = new List<BodyItem>();
        Dictionary<string, Attribute>? attributes = null;
        var startRange = PrevRange();
        SourceRange endRange;

        while (true)
        {
            var next = Peek();
            if (next.Kind == end)
            {
                endRange = R(next);
                Read();
                break;
            }

            if (next.Kind == HclTokenKind.Newline)
            {
                Read();
                continue;
            }

            if (next.Kind == HclTokenKind.Ident)
            {
                var item = ParseBodyItem();
                if (item is Attribute attribute)
                {
                    attributes ??= new Dictionary<string, Attribute>(StringComparer.Ordinal);
                    if (attributes.TryGetValue(attribute.Name, out var existing))
                    {
                        Error(
                            "Attribute redefined",
                            $"The argument \"{attribute.Name}\" was already set at {existing.NameRange}. Each argument may be set only once.",
                            attribute.NameRange,
                            existing.NameRange);
                    }
                    else
                    {
                        attributes.Add(attribute.Name, attribute);
                        items.Add(attribute);
                    }
                }
                else if (item is not null)
                {
                    items.Add(item);
                }
                continue;
            }

            var bad = Read();
            if (!_recovery)
            {
                switch (bad.Kind)
                {
                    case HclTokenKind.OQuote:
                        Error("Invalid argument name", "Argument names must not be quoted.", R(bad));
                        break;
                    case HclTokenKind.EOF when end == HclTokenKind.CBrace:
                        Error(
                            "Unclosed configuration block",
                            $"There is no closing brace for the {(blockType is null ? "" : $"\"{blockType}\" ")}block opened at line {startRange.Start.Line} before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                            startRange);
                        break;
                    case HclTokenKind.EOF:
                        Error("Unclosed configuration body", "Found end of file before the end of this configuration body.", startRange);
                        break;
                    default:
                        Error("Argument or block definition required", "An argument or block definition is required here.", R(bad));
                        break;
                }
            }
            endRange = PrevRange();
            Recover(end);
            break;
        }

        var range = Between(startRange, endRange);
        return new Body(items, range, new SourceRange(_filename, endRange.End, endRange.End));
    }

    private BodyItem? ParseBodyItem()
    {
        var ident = Read();
        var next = PeekKind();
        switch (next)
        {
            case HclTokenKind.Equal:
                return FinishAttribute(ident, singleLine: false);
            case HclTokenKind.OQuote or HclTokenKind.OBrace or HclTokenKind.Ident:
                return FinishBlock(ident);
            default:
                RecoverAfterBodyItem();
                Error(
                    "Argument or block definition required",
                    "An argument or block definition is required here. To set an argument, use the equals sign \"=\" to introduce the argument value.",
                    R(ident));
                return null;
        }
    }

    private Attribute FinishAttribute(Token ident, bool singleLine)
    {
        var equals = Read();
        SourceRange endRange;
        var mark = ErrorMark;
        var expr = ParseExpression();
        if (_recovery && ErrorsSince(mark))
        {
            endRange = PrevRange();
            RecoverAfterBodyItem();
        }
        else
        {
            endRange = PrevRange();
            if (!singleLine)
            {
                var end = Peek();
                if (end.Kind is not (HclTokenKind.Newline or HclTokenKind.EOF))
                {
                    if (!_recovery)
                    {
                        if (end.Kind == HclTokenKind.Comma)
                        {
                            Error(
                                "Unexpected comma after argument",
                                "Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.",
                                R(end),
                                Between(R(ident), R(end)));
                        }
                        else
                        {
                            Error("Missing newline after argument", "An argument definition must end with a newline.", R(end), Between(R(ident), R(end)));
                        }
                    }
                    endRange = PrevRange();
                    RecoverAfterBodyItem();
                }
                else
                {
                    endRange = PrevRange();
                    Read();
                }
            }
        }

        return new Attribute(TextOf(ident), expr, Between(R(ident), endRange), R(ident), R(equals));
    }

    private Block FinishBlock(Token ident)
    {
        var blockType = TextOf(ident);
        var labels = new List<BlockLabel>();
        Token open;

        while (true)
        {
            var t = Peek();
            if (t.Kind == HclTokenKind.OBrace)
            {
                open = Read();
                break;
            }
            if (t.Kind == HclTokenKind.OQuote)
            {
                var (value, range) = ParseQuotedStringLiteral();
                labels.Add(new BlockLabel(value, true, range));
                continue;
            }
            if (t.Kind == HclTokenKind.Ident)
            {
                Read();
                labels.Add(new BlockLabel(TextOf(t), false, R(t)));
                continue;
            }

            switch (t.Kind)
            {
                case HclTokenKind.Equal:
                    Error(
                        "Invalid block definition",
                        "The equals sign \"=\" indicates an argument definition, and must not be used when defining a block.",
                        R(t),
                        Between(R(ident), R(t)));
                    break;
                case HclTokenKind.Newline:
                    Error(
                        "Invalid block definition",
                        "A block definition must have block content delimited by \"{\" and \"}\", starting on the same line as the block header.",
                        R(t),
                        Between(R(ident), R(t)));
                    break;
                default:
                    if (!_recovery)
                    {
                        Error(
                            "Invalid block definition",
                            "Either a quoted string block label or an opening brace (\"{\") is expected here.",
                            R(t),
                            Between(R(ident), R(t)));
                    }
                    break;
            }
            RecoverAfterBodyItem();
            var headerEnd = labels.Count > 0 ? labels[^1].Range : R(ident);
            var emptyBody = new Body([], R(ident), R(ident));
            return new Block(blockType, labels, emptyBody, Between(R(ident), headerEnd), R(ident), R(ident), headerEnd);
        }

        Body? body;
        if (!TryEnter())
        {
            return new Block(blockType, labels, new Body([], R(open), R(open)), Between(R(ident), R(open)), R(ident), R(open), R(open));
        }

        switch (PeekKind())
        {
            case HclTokenKind.Newline or HclTokenKind.EOF or HclTokenKind.CBrace:
                body = ParseBody(HclTokenKind.CBrace, blockType);
                break;
            default:
                body = ParseSingleAttributeBody(ident, open);
                break;
        }
        Leave();

        var closeRange = PrevRange();
        var eol = Peek();
        if (eol.Kind is HclTokenKind.Newline or HclTokenKind.EOF)
        {
            Read();
        }
        else
        {
            if (!_recovery)
            {
                Error("Missing newline after block definition", "A block definition must end with a newline.", R(eol), Between(R(ident), R(eol)));
            }
            RecoverAfterBodyItem();
        }

        body ??= new Body([], Between(R(open), closeRange), closeRange);
        return new Block(blockType, labels, body, Between(R(ident), closeRange), R(ident), R(open), closeRange);
    }

    /// <summary>
    /// <c>name { arg = value }</c> on one line: exactly one argument, then the closing brace on the same line.
    /// </summary>
    private Body? ParseSingleAttributeBody(Token blockIdent, Token open)
    {
        Body? body = null;
        var bodyMark = ErrorMark;
        var ident = Read();
        if (ident.Kind != HclTokenKind.Ident)
        {
            RecoverAfterBodyItem();
            Error("Argument or block definition required", "An argument or block definition is required here.", R(ident));
        }
        else
        {
            var next = Peek();
            switch (next.Kind)
            {
                case HclTokenKind.Equal:
                    var attribute = FinishAttribute(ident, singleLine: true);
                    body = new Body([attribute], attribute.Range, new SourceRange(_filename, attribute.Range.End, attribute.Range.End));
                    break;
                case HclTokenKind.OQuote or HclTokenKind.OBrace or HclTokenKind.Ident:
                    RecoverAfterBodyItem();
                    Error(
                        "Argument definition required",
                        $"A single-line block definition can contain only a single argument. If you meant to define argument \"{TextOf(ident)}\", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.",
                        Between(R(ident), R(next)));
                    break;
                default:
                    RecoverAfterBodyItem();
                    Error(
                        "Argument or block definition required",
                        "An argument or block definition is required here. To set an argument, use the equals sign \"=\" to introduce the argument value.",
                        R(ident));
                    break;
            }
        }

        var bodyErrors = _diags.Count - bodyMark;
        var after = Peek();
        switch (after.Kind)
        {
            case HclTokenKind.CBrace:
                Read();
                break;
            case HclTokenKind.Comma:
                Error(
                    "Invalid single-argument block definition",
                    "Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.",
                    R(after));
                Recover(HclTokenKind.CBrace);
                break;
            case HclTokenKind.Newline:
                Error(
                    "Invalid single-argument block definition",
                    "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.",
                    R(after));
                Recover(HclTokenKind.CBrace);
                break;
            default:
                if (!_recovery)
                {
                    if (after.Kind == HclTokenKind.EOF)
                    {
                        Error(
                            "Unclosed configuration block",
                            $"There is no closing brace for the \"{TextOf(blockIdent)}\" block opened at line {open.StartPos.Line} before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                            R(open),
                            Between(R(blockIdent), R(open)));
                    }
                    else
                    {
                        Error(
                            "Invalid single-argument block definition",
                            "A single-line block definition must end with a closing brace immediately after its single argument definition.",
                            R(after));
                    }
                }
                Recover(HclTokenKind.CBrace);
                break;
        }

        // hclsyntax reports the closing-brace problems before those found inside the argument.
        if (bodyErrors > 0 && _diags.Count > bodyMark + bodyErrors)
        {
            var inner = _diags.GetRange(bodyMark, bodyErrors);
            _diags.RemoveRange(bodyMark, bodyErrors);
            _diags.AddRange(inner);
        }
        return body;
    }

    /// <summary>A quoted string that may not hold template sequences: block labels and traversal index keys.</summary>
    private (string Value, SourceRange Range) ParseQuotedStringLiteral()
    {
        var open = Read();
        if (open.Kind != HclTokenKind.OQuote)
        {
            Error("Invalid string literal", "A quoted string is required here.", R(open));
            return ("", R(open));
        }

        var value = new System.Text.StringBuilder();
        SourceRange endRange;
        while (true)
        {
            var t = Read();
            switch (t.Kind)
            {
                case HclTokenKind.CQuote:
                    endRange = R(t);
                    goto Done;
                case HclTokenKind.QuotedLit:
                    value.Append(StringLiteralDecoder.Decode(_text, t, quoted: true, _filename, _diags));
                    continue;
                case HclTokenKind.TemplateControl or HclTokenKind.TemplateInterp:
                    var which = t.Kind == HclTokenKind.TemplateControl ? "%" : "$";
                    Error(
                        "Invalid string literal",
                        $"Template sequences are not allowed in this string. To include a literal \"{which}\", double it (as \"{which}{which}\") to escape it.",
                        R(t),
                        Between(R(open), R(t)));
                    value.Append(which).Append("{ ... }");
                    Recover(HclTokenKind.TemplateSeqEnd);
                    continue;
                case HclTokenKind.EOF:
                    Error("Unterminated string literal", "Unable to find the closing quote mark before the end of the file.", R(t), Between(R(open), R(t)));
                    endRange = R(t);
                    goto Done;
                default:
                    Error("Invalid string literal", "This item is not valid in a string literal.", R(t), Between(R(open), R(t)));
                    Recover(HclTokenKind.CQuote);
                    endRange = R(t);
                    goto Done;
            }
        }

    Done:
        return (value.ToString(), Between(R(open), endRange));
    }
}
