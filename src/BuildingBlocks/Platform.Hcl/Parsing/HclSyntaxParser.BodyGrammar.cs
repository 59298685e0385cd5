using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax;
using Platform.Hcl.Syntax.Expressions;
using Sprache;
using Attribute = Platform.Hcl.Syntax.Attribute;

namespace Platform.Hcl.Parsing;

internal sealed partial class HclSyntaxParser
{
    public Body ParseFileBody()
    {
        var result = new BodyGrammar(this).File(Here());
        // Every alternative of the grammar ends in an error production that succeeds, so a failure here
        // would be a bug in the grammar itself, not bad input.
        if (!result.WasSuccessful) throw new InvalidOperationException("HCL body grammar failed: " + result.Message);
        return result.Value;
    }

    /// <summary>
    /// The structural layer of the native syntax written with Sprache combinators over <see cref="TokenInput"/>:
    /// bodies, attributes, blocks, labels and the one-line block form. Alternatives are chosen by one token of
    /// lookahead and never fail after reporting a diagnostic: where hclsyntax reports an error and recovers,
    /// the grammar has an error production that does the same and succeeds. Expressions, quoted labels and
    /// recovery are the hand-written primitives of <see cref="HclSyntaxParser"/>, entered through <see cref="Run{T}"/>.
    /// </summary>
    private sealed class BodyGrammar
    {
        private static readonly string[] KindNames = Enum.GetNames<HclTokenKind>();

        private readonly HclSyntaxParser _p;
        private readonly Parser<BodyItem?> _item;
        private readonly Parser<BlockLabel> _label;
        private readonly Parser<SourceRange> _previousRange;
        private readonly Parser<int> _errorMark;
        private readonly Parser<Expression> _expression;

        public BodyGrammar(HclSyntaxParser parser)
        {
            _p = parser;
            _previousRange = Run(() => _p.PrevRange());
            _errorMark = Run(() => _p.ErrorMark);
            _expression = Run(() => _p.ParseExpression());

            _label = Next(HclTokenKind.OQuote)
                .Then(_ => Run(() =>
                {
                    var (value, range) = _p.ParseQuotedStringLiteral();
                    return new BlockLabel(value, true, range);
                }))
                .Else(Tok(HclTokenKind.Ident).Select(t => new BlockLabel(_p.TextOf(t), false, _p.R(t))));

            _item =
                from ident in Tok(HclTokenKind.Ident)
                from item in AttributeRest(ident).Else(BlockRest(ident)).Else(ItemError(ident))
                select item;

            File = Body(HclTokenKind.EOF, null);
        }

        /// <summary>A whole configuration file: a body ended by EOF.</summary>
        public Parser<Body> File { get; }

        // ---- primitives -------------------------------------------------------------------------------

        /// <summary>Runs hand-written parser code at the input's position; the remainder is wherever it stopped.</summary>
        private Parser<T> Run<T>(Func<T> action) => input =>
        {
            _p.Seek(input);
            var value = action();
            return Result.Success(value, _p.Here());
        };

        /// <summary>The next significant token, when it is of <paramref name="kind"/>.</summary>
        private Parser<Token> Tok(HclTokenKind kind) => input =>
        {
            _p.Seek(input);
            if (_p.PeekKind() != kind) return Result.Failure<Token>(input, KindNames[(int)kind] + " expected", [KindNames[(int)kind]]);
            var token = _p.Read();
            return Result.Success(token, _p.Here());
        };

        /// <summary>Lookahead: succeeds without consuming when the next token is one of <paramref name="kinds"/>.</summary>
        private Parser<Token> Next(params HclTokenKind[] kinds) => input =>
        {
            _p.Seek(input);
            var next = _p.Peek();
            return Array.IndexOf(kinds, next.Kind) >= 0
                ? Result.Success(next, input)
                : Result.Failure<Token>(input, "unexpected " + KindNames[(int)next.Kind], kinds.Select(k => KindNames[(int)k]));
        };

        // ---- bodies -----------------------------------------------------------------------------------

        /// <param name="end">EOF for a file, CBrace for a block body.</param>
        /// <param name="blockType">The enclosing block's type, for the "unclosed block" message.</param>
        private Parser<Body> Body(HclTokenKind end, string? blockType) =>
            from start in _previousRange
            from scope in Run(() => new BodyScope(_p))
            from items in Tok(HclTokenKind.Newline).Return((BodyItem?)null).Else(_item.Select(scope.Add)).Many()
            from endRange in Tok(end).Select(t => _p.R(t)).Else(BodyError(end, blockType, start))
            select scope.Build(start, endRange);

        /// <summary>Something that starts neither an item nor the end of the body: report it and skip to the end.</summary>
        private Parser<SourceRange> BodyError(HclTokenKind end, string? blockType, SourceRange start) => Run(() =>
        {
            var bad = _p.Read();
            if (!_p._recovery)
            {
                switch (bad.Kind)
                {
                    case HclTokenKind.OQuote:
                        _p.Error("Invalid argument name", "Argument names must not be quoted.", _p.R(bad));
                        break;
                    case HclTokenKind.EOF when end == HclTokenKind.CBrace:
                        _p.Error(
                            "Unclosed configuration block",
                            $"There is no closing brace for the {(blockType is null ? "" : $"\"{blockType}\" ")}block opened at line {start.Start.Line} before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                            start);
                        break;
                    case HclTokenKind.EOF:
                        _p.Error("Unclosed configuration body", "Found end of file before the end of this configuration body.", start);
                        break;
                    default:
                        _p.Error("Argument or block definition required", "An argument or block definition is required here.", _p.R(bad));
                        break;
                }
            }
            var endRange = _p.PrevRange();
            _p.Recover(end);
            return endRange;
        });

        private Parser<BodyItem?> ItemError(Token ident) => Run<BodyItem?>(() =>
        {
            _p.RecoverAfterBodyItem();
            _p.Error(
                "Argument or block definition required",
                "An argument or block definition is required here. To set an argument, use the equals sign \"=\" to introduce the argument value.",
                _p.R(ident));
            return null;
        });

        // ---- attributes -------------------------------------------------------------------------------

        private Parser<BodyItem?> AttributeRest(Token ident) =>
            from attribute in Attribute(ident, singleLine: false)
            select (BodyItem?)attribute;

        private Parser<Attribute> Attribute(Token ident, bool singleLine) =>
            from equalsSign in Tok(HclTokenKind.Equal)
            from mark in _errorMark
            from expression in _expression
            from endRange in singleLine ? RecoveredFrom(mark).Else(_previousRange) : RecoveredFrom(mark).Else(LineEnd()).Else(MissingNewline(ident))
            select new Attribute(_p.TextOf(ident), expression, _p.Between(_p.R(ident), endRange), _p.R(ident), _p.R(equalsSign));

        /// <summary>After a value whose errors left the parser recovering: skip the rest of the item.</summary>
        private Parser<SourceRange> RecoveredFrom(int mark) => input =>
        {
            _p.Seek(input);
            if (!(_p._recovery && _p.ErrorsSince(mark))) return Result.Failure<SourceRange>(input, "no recovery needed", []);
            var endRange = _p.PrevRange();
            _p.RecoverAfterBodyItem();
            return Result.Success(endRange, _p.Here());
        };

        /// <summary>The newline (or end of file) that must end an argument or block.</summary>
        private Parser<SourceRange> LineEnd() =>
            from endRange in _previousRange
            from _ in Tok(HclTokenKind.Newline).Else(Tok(HclTokenKind.EOF))
            select endRange;

        private Parser<SourceRange> MissingNewline(Token ident) => Run(() =>
        {
            var end = _p.Peek();
            if (!_p._recovery)
            {
                if (end.Kind == HclTokenKind.Comma)
                {
                    _p.Error(
                        "Unexpected comma after argument",
                        "Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.",
                        _p.R(end),
                        _p.Between(_p.R(ident), _p.R(end)));
                }
                else
                {
                    _p.Error("Missing newline after argument", "An argument definition must end with a newline.", _p.R(end), _p.Between(_p.R(ident), _p.R(end)));
                }
            }
            var endRange = _p.PrevRange();
            _p.RecoverAfterBodyItem();
            return endRange;
        });

        // ---- blocks -----------------------------------------------------------------------------------

        private Parser<BodyItem?> BlockRest(Token ident) =>
            from _ in Next(HclTokenKind.OQuote, HclTokenKind.OBrace, HclTokenKind.Ident)
            from labels in _label.Many()
            from block in BlockBody(ident, [.. labels]).Else(BlockHeaderError(ident, [.. labels]))
            select (BodyItem?)block;

        private Parser<Block> BlockBody(Token ident, List<BlockLabel> labels) =>
            from open in Tok(HclTokenKind.OBrace)
            from entered in Run(() => _p.TryEnter())
            from body in entered ? NestedBody(ident, open) : Run<Body?>(() => new Body([], _p.R(open), _p.R(open)))
            from closeRange in _previousRange
            from _ in LineEnd().Else(MissingNewlineAfterBlock(ident))
            select new Block(
                _p.TextOf(ident),
                labels,
                body ?? new Body([], _p.Between(_p.R(open), closeRange), closeRange),
                _p.Between(_p.R(ident), closeRange),
                _p.R(ident),
                _p.R(open),
                closeRange);

        private Parser<Body?> NestedBody(Token ident, Token open) =>
            from body in Next(HclTokenKind.Newline, HclTokenKind.EOF, HclTokenKind.CBrace)
                .Then(_ => Body(HclTokenKind.CBrace, _p.TextOf(ident)).Select(b => (Body?)b))
                .Else(SingleLineBody(ident, open))
            from _ in Run(() =>
            {
                _p.Leave();
                return true;
            })
            select body;

        private Parser<SourceRange> MissingNewlineAfterBlock(Token ident) => Run(() =>
        {
            var eol = _p.Peek();
            if (!_p._recovery)
            {
                _p.Error("Missing newline after block definition", "A block definition must end with a newline.", _p.R(eol), _p.Between(_p.R(ident), _p.R(eol)));
            }
            _p.RecoverAfterBodyItem();
            return _p.R(eol);
        });

        /// <summary>Labels not followed by "{": hclsyntax keeps a placeholder block covering the header.</summary>
        private Parser<Block> BlockHeaderError(Token ident, List<BlockLabel> labels) => Run(() =>
        {
            var t = _p.Peek();
            switch (t.Kind)
            {
                case HclTokenKind.Equal:
                    _p.Error(
                        "Invalid block definition",
                        "The equals sign \"=\" indicates an argument definition, and must not be used when defining a block.",
                        _p.R(t),
                        _p.Between(_p.R(ident), _p.R(t)));
                    break;
                case HclTokenKind.Newline:
                    _p.Error(
                        "Invalid block definition",
                        "A block definition must have block content delimited by \"{\" and \"}\", starting on the same line as the block header.",
                        _p.R(t),
                        _p.Between(_p.R(ident), _p.R(t)));
                    break;
                default:
                    if (!_p._recovery)
                    {
                        _p.Error(
                            "Invalid block definition",
                            "Either a quoted string block label or an opening brace (\"{\") is expected here.",
                            _p.R(t),
                            _p.Between(_p.R(ident), _p.R(t)));
                    }
                    break;
            }
            _p.RecoverAfterBodyItem();
            var headerEnd = labels.Count > 0 ? labels[^1].Range : _p.R(ident);
            return new Block(_p.TextOf(ident), labels, new Body([], _p.R(ident), _p.R(ident)), _p.Between(_p.R(ident), headerEnd), _p.R(ident), _p.R(ident), headerEnd);
        });

        // ---- one-line blocks: name { arg = value } ----------------------------------------------------

        private Parser<Body?> SingleLineBody(Token blockIdent, Token open) =>
            from mark in _errorMark
            from body in SingleAttributeBody()
            from bodyErrors in Run(() => _p._diags.Count - mark)
            from _ in SingleLineClose(blockIdent, open)
            from __ in Run(() => ReportCloseFirst(mark, bodyErrors))
            select body;

        private Parser<Body?> SingleAttributeBody() =>
            Tok(HclTokenKind.Ident).Then(SingleAttributeRest)
                .Else(Run<Body?>(() =>
                {
                    var t = _p.Read();
                    _p.RecoverAfterBodyItem();
                    _p.Error("Argument or block definition required", "An argument or block definition is required here.", _p.R(t));
                    return null;
                }));

        private Parser<Body?> SingleAttributeRest(Token ident) =>
            Attribute(ident, singleLine: true)
                .Select(a => (Body?)new Body([a], a.Range, new SourceRange(_p._filename, a.Range.End, a.Range.End)))
                .Else(Next(HclTokenKind.OQuote, HclTokenKind.OBrace, HclTokenKind.Ident).Then(next => Run<Body?>(() =>
                {
                    _p.RecoverAfterBodyItem();
                    _p.Error(
                        "Argument definition required",
                        $"A single-line block definition can contain only a single argument. If you meant to define argument \"{_p.TextOf(ident)}\", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.",
                        _p.Between(_p.R(ident), _p.R(next)));
                    return null;
                })))
                .Else(ItemError(ident).Select(_ => (Body?)null));

        /// <summary>The "}" that must follow the single argument on the same line.</summary>
        private Parser<bool> SingleLineClose(Token blockIdent, Token open) =>
            Tok(HclTokenKind.CBrace).Return(true)
                .Else(Next(HclTokenKind.Comma).Then(comma => SkipToBrace(() => _p.Error(
                    "Invalid single-argument block definition",
                    "Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.",
                    _p.R(comma)))))
                .Else(Next(HclTokenKind.Newline).Then(newline => SkipToBrace(() => _p.Error(
                    "Invalid single-argument block definition",
                    "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.",
                    _p.R(newline)))))
                .Else(SkipToBrace(() =>
                {
                    if (_p._recovery) return;
                    var after = _p.Peek();
                    if (after.Kind == HclTokenKind.EOF)
                    {
                        _p.Error(
                            "Unclosed configuration block",
                            $"There is no closing brace for the \"{_p.TextOf(blockIdent)}\" block opened at line {open.StartPos.Line} before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                            _p.R(open),
                            _p.Between(_p.R(blockIdent), _p.R(open)));
                    }
                    else
                    {
                        _p.Error(
                            "Invalid single-argument block definition",
                            "A single-line block definition must end with a closing brace immediately after its single argument definition.",
                            _p.R(after));
                    }
                }));

        private Parser<bool> SkipToBrace(Action report) => Run(() =>
        {
            report();
            _p.Recover(HclTokenKind.CBrace);
            return false;
        });

        /// <summary>hclsyntax reports the closing-brace problems before those found inside the argument.</summary>
        private bool ReportCloseFirst(int mark, int bodyErrors)
        {
            var diags = _p._diags;
            if (bodyErrors > 0 && diags.Count > mark + bodyErrors)
            {
                var inner = diags.GetRange(mark, bodyErrors);
                diags.RemoveRange(mark, bodyErrors);
                diags.AddRange(inner);
            }
            return true;
        }
    }

    /// <summary>The items of one body being parsed: keeps source order and the first of each attribute name.</summary>
    private sealed class BodyScope(HclSyntaxParser parser)
    {
        private readonly List<BodyItem> _items = [];
        private Dictionary<string, Attribute>? _attributes;

        public BodyItem? Add(BodyItem? item)
        {
            if (item is Attribute attribute)
            {
                _attributes ??= new Dictionary<string, Attribute>(StringComparer.Ordinal);
                if (_attributes.TryGetValue(attribute.Name, out var existing))
                {
                    parser.Error(
                        "Attribute redefined",
                        $"The argument \"{attribute.Name}\" was already set at {existing.NameRange}. Each argument may be set only once.",
                        attribute.NameRange,
                        existing.NameRange);
                    return item;
                }
                _attributes.Add(attribute.Name, attribute);
            }
            if (item is not null) _items.Add(item);
            return item;
        }

        public Body Build(SourceRange start, SourceRange end) =>
            new(_items, parser.Between(start, end), new SourceRange(parser._filename, end.End, end.End));
    }
}
