using System.Runtime.CompilerServices;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Parsing;

/// <summary>
/// The parser over the scanner's tokens, following hclsyntax's grammar, ranges, diagnostics and recovery
/// rules (see README.md in this folder): bodies through the Sprache grammar in BodyGrammar, expressions and
/// templates by hand-written recursive descent. This part holds the token cursor ("peeker"), the
/// newline-sensitivity stack, the nesting guard and error recovery shared by both.
/// </summary>
internal sealed partial class HclSyntaxParser
{
    /// <summary>
    /// Deepest nesting of expressions or blocks accepted. Real configurations stay far below; the limit
    /// (with a free-stack check) keeps hostile input from overflowing the stack, which .NET cannot catch.
    /// </summary>
    internal const int MaxNesting = 1000;

    private readonly string _text;
    private readonly string _filename;
    private readonly TokenList _tokens;
    private readonly List<Diagnostic> _diags;
    private bool[] _newlineStack = new bool[16];
    private int _newlineDepth;
    private int _next;
    private int _nesting;
    private bool _abandoned;

    /// <summary>
    /// Set once any recovery was attempted: from then on "unexpected token" errors are suppressed, since
    /// they are most likely noise caused by the recovery itself (hclsyntax does the same).
    /// </summary>
    private bool _recovery;

    public HclSyntaxParser(string text, string filename, TokenList tokens, List<Diagnostic> diags)
    {
        _text = text;
        _filename = filename;
        _tokens = tokens;
        _diags = diags;
        _newlineStack[0] = true;
        _newlineDepth = 1;
    }

    // ---- cursor -------------------------------------------------------------------------------------

    public string SourceText => _text;

    public HclTokenKind KindAt(int index) => _tokens.KindAt(Math.Min(index, _tokens.Count - 1));

    public SourcePos StartAt(int index) => _tokens.StartPosOf(Math.Min(index, _tokens.Count - 1));

    /// <summary>Moves the cursor to where a Sprache input points (the structural grammar's position).</summary>
    private void Seek(Sprache.IInput input) => _next = input.Position;

    private TokenInput? _here;

    private Dictionary<int, Dictionary<object, object>>? _memos;

    /// <summary>Sprache's per-position memo table (<see cref="TokenInput.Memos"/>); the grammar itself uses none.</summary>
    public IDictionary<object, object> MemosAt(int index)
    {
        _memos ??= [];
        if (!_memos.TryGetValue(index, out var memos)) _memos.Add(index, memos = []);
        return memos;
    }

    /// <summary>
    /// The cursor as a Sprache input, for the structural grammar to continue from. Zero-width steps ask
    /// for the same position repeatedly, so the last one is reused instead of allocating another.
    /// </summary>
    private TokenInput Here() => _here is { } here && here.Position == _next ? here : _here = new TokenInput(this, _next);

    private bool IncludeNewlines => _newlineStack[_newlineDepth - 1];

    private void PushNewlines(bool include)
    {
        if (_newlineDepth == _newlineStack.Length) Array.Resize(ref _newlineStack, _newlineStack.Length * 2);
        _newlineStack[_newlineDepth++] = include;
    }

    private void PopNewlines() => _newlineDepth--;

    /// <summary>
    /// Index of the next significant token. Comments are skipped, except that a line comment (which
    /// swallows its newline) stands for that newline where newlines matter.
    /// </summary>
    private int NextIndex(out bool commentAsNewline)
    {
        commentAsNewline = false;
        var tokens = _tokens;
        var count = tokens.Count;
        var include = IncludeNewlines;
        for (var i = _next; i < count; i++)
        {
            var kind = tokens.KindAt(i);
            if (kind == HclTokenKind.Comment)
            {
                if (include && _text[tokens.EndAt(i) - 1] == '\n')
                {
                    commentAsNewline = true;
                    return i;
                }
                continue;
            }
            if (kind == HclTokenKind.Newline && !include) continue;
            return i;
        }
        return count - 1;
    }

    private Token Peek()
    {
        var i = NextIndex(out var asNewline);
        var t = _tokens[i];
        return asNewline ? t with { Kind = HclTokenKind.Newline } : t;
    }

    private HclTokenKind PeekKind()
    {
        var i = NextIndex(out var asNewline);
        return asNewline ? HclTokenKind.Newline : _tokens[i].Kind;
    }

    private Token Read()
    {
        var i = NextIndex(out var asNewline);
        var t = _tokens[i];
        _next = i + 1;
        return asNewline ? t with { Kind = HclTokenKind.Newline } : t;
    }

    /// <summary>Like <see cref="Read"/>, for callers that only need the token's index.</summary>
    private int ReadIndex()
    {
        var i = NextIndex(out _);
        _next = i + 1;
        return i;
    }

    private SourceRange NextRange() => R(Peek());

    private SourceRange PrevRange()
    {
        if (_next == 0) return NextRange();
        return R(_tokens[Math.Min(_next, _tokens.Count) - 1]);
    }

    private SourceRange R(in Token t) => new(_filename, t.StartPos, t.EndPos);

    private SourceRange Between(SourceRange from, SourceRange to) => new(_filename, from.Start, to.End);

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>
    /// An identifier's text, shared between all its occurrences: configurations repeat the same few names
    /// (type, default, name...) thousands of times, and one string each keeps the tree small.
    /// </summary>
    private string NameOf(in Token t)
    {
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = _text.AsSpan(t.Start, t.Length);
        if (lookup.TryGetValue(span, out var name)) return name;
        name = span.ToString();
        _names.Add(name, name);
        return name;
    }

    private bool IsKeyword(in Token t, string keyword) =>
        t.Kind == HclTokenKind.Ident && _text.AsSpan(t.Start, t.Length).SequenceEqual(keyword);

    // ---- diagnostics --------------------------------------------------------------------------------

    private int ErrorMark => _diags.Count;

    private bool ErrorsSince(int mark) => _diags.Count > mark;

    private void Error(string summary, string detail, SourceRange subject, SourceRange? context = null) =>
        _diags.Add(Diagnostic.Error(summary, detail, subject, context));

    // ---- nesting guard ------------------------------------------------------------------------------

    /// <summary>
    /// Enters one level of nesting, or, past the limit, reports it once and abandons the rest of the
    /// input (jumping to EOF makes every enclosing construct finish at once, in bounded time).
    /// </summary>
    private bool TryEnter()
    {
        if (!_abandoned && _nesting < MaxNesting && RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _nesting++;
            return true;
        }
        if (!_abandoned)
        {
            _abandoned = true;
            Error(
                "Nesting too deep",
                $"This construct is nested more than {MaxNesting} levels deep (or too deep for the available stack); the parser stopped here. Flatten the expression or configuration.",
                NextRange());
        }
        _recovery = true;
        _next = _tokens.Count - 1;
        return false;
    }

    private void Leave() => _nesting--;

    private Expression Placeholder(SourceRange range) => new NullLiteralExpression(range);

    // ---- recovery -----------------------------------------------------------------------------------

    /// <summary>Skips to just past the <paramref name="end"/> token that closes the current bracket, counting nested pairs.</summary>
    private Token Recover(HclTokenKind end)
    {
        var start = Opposite(end);
        _recovery = true;
        var nest = 0;
        while (true)
        {
            var t = Read();
            var kind = t.Kind;
            if (end == HclTokenKind.TemplateSeqEnd && kind == HclTokenKind.TemplateControl) kind = HclTokenKind.TemplateInterp;
            if (kind == HclTokenKind.EOF) return t;
            if (kind == start && start != end)
            {
                nest++;
            }
            else if (kind == end)
            {
                if (nest < 1) return t;
                nest--;
            }
        }
    }

    /// <summary>Skips to the next <paramref name="start"/> bracket and past its matching closer.</summary>
    private void RecoverOver(HclTokenKind start)
    {
        while (true)
        {
            var kind = Read().Kind;
            if (kind == start || kind == HclTokenKind.EOF) break;
        }
        Recover(Opposite(start));
    }

    /// <summary>Skips to the end of the current body item: the next newline outside any brackets.</summary>
    private void RecoverAfterBodyItem()
    {
        _recovery = true;
        var open = new Stack<HclTokenKind>();
        while (true)
        {
            var t = Read();
            switch (t.Kind)
            {
                case HclTokenKind.Newline:
                    if (open.Count == 0) return;
                    break;
                case HclTokenKind.EOF:
                    return;
                case HclTokenKind.OBrace or HclTokenKind.OBrack or HclTokenKind.OParen or HclTokenKind.OQuote
                    or HclTokenKind.OHeredoc or HclTokenKind.TemplateInterp or HclTokenKind.TemplateControl:
                    open.Push(t.Kind);
                    break;
                case HclTokenKind.CBrace or HclTokenKind.CBrack or HclTokenKind.CParen or HclTokenKind.CQuote or HclTokenKind.CHeredoc:
                    var opener = Opposite(t.Kind);
                    while (open.Count > 0 && open.Peek() != opener) open.Pop();
                    if (open.Count > 0) open.Pop();
                    break;
                case HclTokenKind.TemplateSeqEnd:
                    while (open.Count > 0 && open.Peek() is not (HclTokenKind.TemplateInterp or HclTokenKind.TemplateControl)) open.Pop();
                    if (open.Count > 0) open.Pop();
                    break;
            }
        }
    }

    private static HclTokenKind Opposite(HclTokenKind kind) => kind switch
    {
        HclTokenKind.OBrace => HclTokenKind.CBrace,
        HclTokenKind.OBrack => HclTokenKind.CBrack,
        HclTokenKind.OParen => HclTokenKind.CParen,
        HclTokenKind.OQuote => HclTokenKind.CQuote,
        HclTokenKind.OHeredoc => HclTokenKind.CHeredoc,
        HclTokenKind.CBrace => HclTokenKind.OBrace,
        HclTokenKind.CBrack => HclTokenKind.OBrack,
        HclTokenKind.CParen => HclTokenKind.OParen,
        HclTokenKind.CQuote => HclTokenKind.OQuote,
        HclTokenKind.CHeredoc => HclTokenKind.OHeredoc,
        HclTokenKind.TemplateControl or HclTokenKind.TemplateInterp => HclTokenKind.TemplateSeqEnd,
        HclTokenKind.TemplateSeqEnd => HclTokenKind.TemplateInterp,
        _ => HclTokenKind.EOF,
    };
}
