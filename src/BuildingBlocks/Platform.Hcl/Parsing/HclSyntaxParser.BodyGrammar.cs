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
    /// All parsers are built once per parse; the item being parsed (its name token and opening brace) is kept
    /// on a stack instead of being captured, so no parser is constructed per attribute.
    /// </summary>
    private sealed partial class BodyGrammar
    {
        private static readonly string[] Expected = [.. Enum.GetNames<HclTokenKind>().Select(n => n + " expected")];
        private static readonly string[][] Expectations = [.. Enum.GetNames<HclTokenKind>().Select(n => new[] { n })];

        private readonly HclSyntaxParser _p;
        private readonly Stack<Token> _items = new();
        private readonly Stack<Token> _openBraces = new();
        private readonly Stack<BodyScope> _scopes = new();

        private readonly Parser<SourceRange> _previousRange;
        private readonly Parser<SourceRange> _recoverItem;
        private readonly Parser<SourceRange> _lineEnd;
        private readonly Parser<AttributeValue> _attributeValue;
        private readonly Parser<Body> _blockBody;
        private readonly Parser<BlockLabel> _label;

        public BodyGrammar(HclSyntaxParser parser)
        {
            _p = parser;
            _previousRange = Run(() => _p.PrevRange());
            _recoverItem = Run(() =>
            {
                var endRange = _p.PrevRange();
                _p.RecoverAfterBodyItem();
                return endRange;
            });
            _lineEnd = LineEnd();
            _attributeValue = Run(() =>
            {
                var mark = _p.ErrorMark;
                var expression = _p.ParseExpression();
                return new AttributeValue(expression, _p._recovery && _p.ErrorsSince(mark));
            });
            var quotedLabel = Run(() =>
            {
                var (value, range) = _p.ParseQuotedStringLiteral();
                return new BlockLabel(value, true, range);
            });
            var identLabel = Tok(HclTokenKind.Ident).Select(i => new BlockLabel(_p.NameOf(_p._tokens[i]), false, _p.R(_p._tokens[i])));
            _label = OnNext(kind => kind switch
            {
                HclTokenKind.OQuote => quotedLabel,
                HclTokenKind.Ident => identLabel,
                _ => null,
            });

            var attribute = Attribute(singleLine: false).Select(a => (BodyItem?)a);
            _singleLineAttribute = Attribute(singleLine: true);
            var block = BlockRest().Select(b => (BodyItem?)b);
            var itemError = ItemError();
            var itemRest = OnNext(kind => kind switch
            {
                HclTokenKind.Equal => attribute,
                HclTokenKind.OQuote or HclTokenKind.OBrace or HclTokenKind.Ident => block,
                _ => itemError,
            });
            var item = WithinItem(HclTokenKind.Ident, _items, itemRest).Select(i => _scopes.Peek().Add(i));
            var emptyLine = Tok(HclTokenKind.Newline).Return(false);
            var line = OnNext(kind => kind switch
            {
                HclTokenKind.Newline => emptyLine,
                HclTokenKind.Ident => item,
                _ => null,
            });

            File = Body(HclTokenKind.EOF, line);
            _blockBody = Body(HclTokenKind.CBrace, line);
        }

        /// <summary>A whole configuration file: a body ended by EOF.</summary>
        public Parser<Body> File { get; }

        private readonly Parser<Attribute> _singleLineAttribute;

        private readonly record struct AttributeValue(Expression Expression, bool Recovering);

        // ---- primitives -------------------------------------------------------------------------------

        /// <summary>Runs hand-written parser code at the input's position; the remainder is wherever it stopped.</summary>
        private Parser<T> Run<T>(Func<T> action) => input =>
        {
            _p.Seek(input);
            var value = action();
            return Result.Success(value, _p.Here());
        };

        /// <summary>
        /// One-token lookahead choice: the parser <paramref name="choose"/> gives for the next token's kind, or no
        /// match when it gives null. Every kind's choice is made once, here, so choosing allocates nothing and
        /// the alternatives not taken are never tried (and never build failure results).
        /// </summary>
        private Parser<T> OnNext<T>(Func<HclTokenKind, Parser<T>?> choose)
        {
            var kinds = Enum.GetValues<HclTokenKind>();
            var table = new Parser<T>?[kinds.Length];
            var expectations = new List<string>();
            foreach (var kind in kinds)
            {
                table[(int)kind] = choose(kind);
                if (table[(int)kind] is not null) expectations.Add(kind.ToString());
            }
            var expected = expectations.ToArray();
            var message = string.Join(" or ", expected) + " expected";
            return input =>
            {
                _p.Seek(input);
                return table[(int)_p.PeekKind()] is { } chosen ? chosen(input) : Result.Failure<T>(input, message, expected);
            };
        }

        /// <summary>The newline (or end of file) ending an item; its value is the range of the token before it.</summary>
        private Parser<SourceRange> LineEnd() => input =>
        {
            _p.Seek(input);
            if (_p.PeekKind() is not (HclTokenKind.Newline or HclTokenKind.EOF))
            {
                return Result.Failure<SourceRange>(input, "Newline or EOF expected", ["Newline", "EOF"]);
            }
            var endRange = _p.PrevRange();
            _p.Read();
            return Result.Success(endRange, _p.Here());
        };

        /// <summary>
        /// The next significant token, when it is of <paramref name="kind"/>; the value is its index in the token list
        /// (a result holding an int is half the size of one holding the token, and most callers need no more).
        /// </summary>
        private Parser<int> Tok(HclTokenKind kind) => input =>
        {
            _p.Seek(input);
            if (_p.PeekKind() != kind) return Result.Failure<int>(input, Expected[(int)kind], Expectations[(int)kind]);
            var index = _p.ReadIndex();
            return Result.Success(index, _p.Here());
        };

        /// <summary>Lookahead: succeeds without consuming when the next token is one of <paramref name="kinds"/>.</summary>
        private Parser<Token> Next(params HclTokenKind[] kinds)
        {
            var expectations = kinds.Select(k => Expectations[(int)k][0]).ToArray();
            var message = string.Join(" or ", expectations) + " expected";
            return input =>
            {
                _p.Seek(input);
                var next = _p.Peek();
                return Array.IndexOf(kinds, next.Kind) >= 0 ? Result.Success(next, input) : Result.Failure<Token>(input, message, expectations);
            };
        }

        /// <summary>
        /// Reads the next token, which must be of kind <paramref name="head"/>, and runs <paramref name="rest"/> with it
        /// pushed on <paramref name="stack"/> (where the rest's rules find their item's name or opening brace).
        /// </summary>
        private Parser<T> WithinItem<T>(HclTokenKind head, Stack<Token> stack, Parser<T> rest) => input =>
        {
            _p.Seek(input);
            if (_p.PeekKind() != head) return Result.Failure<T>(input, Expected[(int)head], Expectations[(int)head]);
            stack.Push(_p.Read());
            var result = rest(_p.Here());
            stack.Pop();
            return result;
        };

        private Token Ident => _items.Peek();

        // ---- bodies -----------------------------------------------------------------------------------

        /// <param name="end">EOF for a file, CBrace for a block body.</param>
        /// <param name="line">One line of a body: an empty line, or an item added to the innermost scope.</param>
        private Parser<Body> Body(HclTokenKind end, Parser<bool> line)
        {
            // The scope starts at the token before the body (the "{", or the file's start).
            var begin = Run(() =>
            {
                var scope = new BodyScope(_p, _p.PrevRange());
                _scopes.Push(scope);
                return scope;
            });
            var endRange = Tok(end).Select(i => _p.R(_p._tokens[i])).Else(BodyError(end));
            return begin.Sequence(line.SkipMany(), _ => endRange, (_, _, range) => _scopes.Pop().Build(range));
        }

        /// <summary>Something that starts neither an item nor the end of the body: report it and skip to the end.</summary>
        private Parser<SourceRange> BodyError(HclTokenKind end) => Run(() =>
        {
            var bad = _p.Read();
            var start = _scopes.Peek().Start;
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
                            $"There is no closing brace for the \"{_p.NameOf(Ident)}\" block opened at line {start.Start.Line} before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
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

        private Parser<BodyItem?> ItemError() => Run<BodyItem?>(() =>
        {
            _p.RecoverAfterBodyItem();
            _p.Error(
                "Argument or block definition required",
                "An argument or block definition is required here. To set an argument, use the equals sign \"=\" to introduce the argument value.",
                _p.R(Ident));
            return null;
        });

        // ---- attributes -------------------------------------------------------------------------------

        /// <summary><c>= value</c> after the name, then the newline (or, in a one-line block, nothing).</summary>
        private Parser<Attribute> Attribute(bool singleLine)
        {
            var end = singleLine ? _previousRange : _lineEnd.Else(MissingNewline());
            return Tok(HclTokenKind.Equal).Sequence(
                _attributeValue,
                value => value.Recovering ? _recoverItem : end,
                (equalsSign, value, endRange) =>
                    new Attribute(_p.NameOf(Ident), value.Expression, _p.Between(_p.R(Ident), endRange), _p.R(Ident), _p.R(_p._tokens[equalsSign])));
        }

        private Parser<SourceRange> MissingNewline() => Run(() =>
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
                        _p.Between(_p.R(Ident), _p.R(end)));
                }
                else
                {
                    _p.Error("Missing newline after argument", "An argument definition must end with a newline.", _p.R(end), _p.Between(_p.R(Ident), _p.R(end)));
                }
            }
            var endRange = _p.PrevRange();
            _p.RecoverAfterBodyItem();
            return endRange;
        });

        // ---- blocks -----------------------------------------------------------------------------------

        /// <summary>What follows a block's labels: its braces and body, or null when the header was invalid.</summary>
        private sealed record BlockShape(Token Open, Body? Body, SourceRange CloseRange);

        private Parser<Block> BlockRest()
        {
            var braced = WithinItem(HclTokenKind.OBrace, _openBraces, NestedBody());
            var headerError = BlockHeaderError();
            var shape = OnNext(kind => kind == HclTokenKind.OBrace ? braced : headerError);
            return
                from labels in _label.Many()
                from blockShape in shape
                select MakeBlock(labels.ToArray(), blockShape);
        }

        private Block MakeBlock(BlockLabel[] labels, BlockShape? shape)
        {
            var ident = _p.R(Ident);
            if (shape is null)
            {
                // hclsyntax keeps a placeholder block covering the header.
                var headerEnd = labels.Length > 0 ? labels[^1].Range : ident;
                return new Block(_p.NameOf(Ident), labels, new Body([], ident, ident), _p.Between(ident, headerEnd), ident, ident, headerEnd);
            }
            var open = _p.R(shape.Open);
            var body = shape.Body ?? new Body([], _p.Between(open, shape.CloseRange), shape.CloseRange);
            return new Block(_p.NameOf(Ident), labels, body, _p.Between(ident, shape.CloseRange), ident, open, shape.CloseRange);
        }

        /// <summary>After "{": a multi-line body, or the one-line form; then the newline ending the block.</summary>
        private Parser<BlockShape?> NestedBody()
        {
            // The block body is the grammar's recursion; read through the field, which is set once the
            // constructor finishes (Sprache's Parse.Ref would also memoise per input, a dictionary per block).
            Parser<Body?> multiLine = input => _blockBody(input);
            var singleLine = SingleLineBody();
            var leave = Run(() =>
            {
                _p.Leave();
                return true;
            });
            var inner = OnNext(kind => kind is HclTokenKind.Newline or HclTokenKind.EOF or HclTokenKind.CBrace ? multiLine : singleLine)
                .Sequence(leave, _ => _previousRange, (body, _, closeRange) => (Body: body, CloseRange: closeRange));
            var abandoned = Run<(Body? Body, SourceRange CloseRange)>(() => (null, _p.PrevRange()));
            var blockEnd = _lineEnd.Else(MissingNewlineAfterBlock());
            return Run(() => _p.TryEnter())
                .Then(entered => entered ? inner : abandoned)
                .Sequence(blockEnd, (body, _) => (BlockShape?)new BlockShape(_openBraces.Peek(), body.Body, body.CloseRange));
        }

        private Parser<SourceRange> MissingNewlineAfterBlock() => Run(() =>
        {
            var eol = _p.Peek();
            if (!_p._recovery)
            {
                _p.Error("Missing newline after block definition", "A block definition must end with a newline.", _p.R(eol), _p.Between(_p.R(Ident), _p.R(eol)));
            }
            _p.RecoverAfterBodyItem();
            return _p.R(eol);
        });

        /// <summary>Labels not followed by "{".</summary>
        private Parser<BlockShape?> BlockHeaderError() => Run<BlockShape?>(() =>
        {
            var t = _p.Peek();
            var context = _p.Between(_p.R(Ident), _p.R(t));
            switch (t.Kind)
            {
                case HclTokenKind.Equal:
                    _p.Error(
                        "Invalid block definition",
                        "The equals sign \"=\" indicates an argument definition, and must not be used when defining a block.",
                        _p.R(t),
                        context);
                    break;
                case HclTokenKind.Newline:
                    _p.Error(
                        "Invalid block definition",
                        "A block definition must have block content delimited by \"{\" and \"}\", starting on the same line as the block header.",
                        _p.R(t),
                        context);
                    break;
                default:
                    if (!_p._recovery)
                    {
                        _p.Error("Invalid block definition", "Either a quoted string block label or an opening brace (\"{\") is expected here.", _p.R(t), context);
                    }
                    break;
            }
            _p.RecoverAfterBodyItem();
            return null;
        });
    }
}
