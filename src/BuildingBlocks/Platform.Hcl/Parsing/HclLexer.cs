using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Parsing;

/// <summary>
/// The hand-written scanner shared by the parser and <see cref="HclScanner"/>. It walks the text once,
/// keeping a stack of modes (normal code, quoted string, heredoc, bare template, interpolation) the way
/// hclsyntax's Ragel machine does, so that <c>}</c> closes an interpolation only at its own brace depth.
/// Every step consumes at least one char, so scanning is linear in the input whatever it holds.
/// </summary>
internal sealed partial class HclLexer
{
    private enum Mode : byte { Main, Interp, Quoted, Heredoc, Bare }

    private struct Frame
    {
        public Mode Mode;
        public int Braces;
        public int MarkerStart;
        public int MarkerLength;
        public bool StartOfLine;
    }

    private readonly string _s;
    private readonly TokenList _tokens;
    private SourcePositionTracker _positions;
    private Frame[] _frames = new Frame[8];
    private int _depth;
    private int _pos;

    private HclLexer(string text, SourcePos start, bool template)
    {
        _s = text;
        // About one token per six chars in real configurations; a little over that saves regrowing the list.
        _tokens = new TokenList(text.Length / 5);
        var startIndex = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            // A UTF-8 byte order mark is skipped but still counts in byte offsets, as in hclsyntax.
            startIndex = 1;
            start = start with { Byte = start.Byte + 3 };
        }
        _pos = startIndex;
        _positions = new SourcePositionTracker(text, start, startIndex);
        _frames[0] = new Frame { Mode = template ? Mode.Bare : Mode.Main, StartOfLine = true };
        _depth = 1;
    }

    /// <summary>Scans normal code (config files and expressions).</summary>
    public static TokenList ScanConfig(string text, SourcePos start) => new HclLexer(text, start, false).Run();

    /// <summary>Scans a bare template, as <c>templatefile</c> reads one.</summary>
    public static TokenList ScanTemplate(string text, SourcePos start) => new HclLexer(text, start, true).Run();

    private TokenList Run()
    {
        var length = _s.Length;
        while (_pos < length)
        {
            switch (_frames[_depth - 1].Mode)
            {
                case Mode.Main:
                case Mode.Interp:
                    ScanCode();
                    break;
                case Mode.Quoted:
                    ScanQuoted();
                    break;
                default:
                    ScanLines();
                    break;
            }
        }
        Emit(HclTokenKind.EOF, length, length);
        return _tokens;
    }

    private ref Frame Top => ref _frames[_depth - 1];

    private void Push(Mode mode, int markerStart = 0, int markerLength = 0)
    {
        if (_depth == _frames.Length) Array.Resize(ref _frames, _frames.Length * 2);
        _frames[_depth++] = new Frame { Mode = mode, MarkerStart = markerStart, MarkerLength = markerLength, StartOfLine = true };
    }

    private void Pop()
    {
        if (_depth > 1) _depth--;
    }

    private void Emit(HclTokenKind kind, int start, int end)
    {
        var startPos = _positions.AdvanceTo(start);
        _positions.BeginToken();
        var endPos = _positions.AdvanceTo(end);
        _tokens.Add(kind, start, end, startPos, endPos);
        _pos = end;
    }

    private char At(int i) => i < _s.Length ? _s[i] : '\0';

    private void ScanCode()
    {
        var s = _s;
        var p = _pos;
        var c = s[p];
        switch (c)
        {
            case ' ':
            case '\t':
                while (p < s.Length && (s[p] == ' ' || s[p] == '\t')) p++;
                _pos = p;
                return;
            case '\n':
                Emit(HclTokenKind.Newline, p, p + 1);
                return;
            case '\r':
                if (At(p + 1) == '\n') Emit(HclTokenKind.Newline, p, p + 2);
                else Emit(HclTokenKind.Invalid, p, p + 1);
                return;
            case '#':
                EmitLineComment(p);
                return;
            case '/':
                if (At(p + 1) == '/')
                {
                    EmitLineComment(p);
                }
                else if (At(p + 1) == '*')
                {
                    var close = s.IndexOf("*/", p + 2, StringComparison.Ordinal);
                    // An unterminated block comment is not a comment at all: the scanner falls back to "/".
                    if (close < 0) Emit(HclTokenKind.Slash, p, p + 1);
                    else Emit(HclTokenKind.Comment, p, close + 2);
                }
                else
                {
                    Emit(HclTokenKind.Slash, p, p + 1);
                }
                return;
            case '"':
                Emit(HclTokenKind.OQuote, p, p + 1);
                Push(Mode.Quoted);
                return;
            case '<':
                if (At(p + 1) == '<' && TryHeredocOpener(p)) return;
                if (At(p + 1) == '=') Emit(HclTokenKind.LessThanEq, p, p + 2);
                else Emit(HclTokenKind.LessThan, p, p + 1);
                return;
            case '{':
                Top.Braces++;
                Emit(HclTokenKind.OBrace, p, p + 1);
                return;
            case '}':
                if (Top.Mode == Mode.Interp && Top.Braces == 0)
                {
                    Emit(HclTokenKind.TemplateSeqEnd, p, p + 1);
                    Pop();
                }
                else
                {
                    if (Top.Braces > 0) Top.Braces--;
                    Emit(HclTokenKind.CBrace, p, p + 1);
                }
                return;
            case '~':
                if (At(p + 1) == '}')
                {
                    // "~}" always ends a template sequence; a stray one is the parser's to report.
                    var closes = Top.Mode == Mode.Interp && Top.Braces == 0;
                    if (!closes && Top.Braces > 0) Top.Braces--;
                    Emit(HclTokenKind.TemplateSeqEnd, p, p + 2);
                    if (closes) Pop();
                }
                else
                {
                    Emit(HclTokenKind.BitwiseNot, p, p + 1);
                }
                return;
            case '=':
                if (At(p + 1) == '=') Emit(HclTokenKind.EqualOp, p, p + 2);
                else if (At(p + 1) == '>') Emit(HclTokenKind.FatArrow, p, p + 2);
                else Emit(HclTokenKind.Equal, p, p + 1);
                return;
            case '!':
                Two('=', HclTokenKind.NotEqual, HclTokenKind.Bang);
                return;
            case '>':
                Two('=', HclTokenKind.GreaterThanEq, HclTokenKind.GreaterThan);
                return;
            case '&':
                Two('&', HclTokenKind.And, HclTokenKind.BitwiseAnd);
                return;
            case '|':
                Two('|', HclTokenKind.Or, HclTokenKind.BitwiseOr);
                return;
            case ':':
                Two(':', HclTokenKind.DoubleColon, HclTokenKind.Colon);
                return;
            case '.':
                if (At(p + 1) == '.' && At(p + 2) == '.') Emit(HclTokenKind.Ellipsis, p, p + 3);
                else Emit(HclTokenKind.Dot, p, p + 1);
                return;
            case '[': Emit(HclTokenKind.OBrack, p, p + 1); return;
            case ']': Emit(HclTokenKind.CBrack, p, p + 1); return;
            case '(': Emit(HclTokenKind.OParen, p, p + 1); return;
            case ')': Emit(HclTokenKind.CParen, p, p + 1); return;
            case ',': Emit(HclTokenKind.Comma, p, p + 1); return;
            case '*': Emit(HclTokenKind.Star, p, p + 1); return;
            case '%': Emit(HclTokenKind.Percent, p, p + 1); return;
            case '+': Emit(HclTokenKind.Plus, p, p + 1); return;
            case '-': Emit(HclTokenKind.Minus, p, p + 1); return;
            case '?': Emit(HclTokenKind.Question, p, p + 1); return;
            case '^': Emit(HclTokenKind.BitwiseXor, p, p + 1); return;
            case ';': Emit(HclTokenKind.Semicolon, p, p + 1); return;
            case '`': Emit(HclTokenKind.Backtick, p, p + 1); return;
            case '\'': Emit(HclTokenKind.Apostrophe, p, p + 1); return;
        }

        if (CharClasses.IsDigit(c))
        {
            Emit(HclTokenKind.NumberLit, p, ScanNumber(p));
            return;
        }

        var identEnd = CharClasses.ScanIdentifier(s, p);
        if (identEnd > p)
        {
            Emit(HclTokenKind.Ident, p, identEnd);
            return;
        }

        if (CharClasses.IsLoneSurrogate(s, p)) Emit(HclTokenKind.BadUtf8, p, p + 1);
        else Emit(HclTokenKind.Invalid, p, p + CharClasses.CodePointLength(s, p));
    }

    private void Two(char second, HclTokenKind pair, HclTokenKind single)
    {
        var p = _pos;
        if (At(p + 1) == second) Emit(pair, p, p + 2);
        else Emit(single, p, p + 1);
    }

    private void EmitLineComment(int p)
    {
        var newline = _s.IndexOf('\n', p);
        Emit(HclTokenKind.Comment, p, newline < 0 ? _s.Length : newline + 1);
    }

    /// <summary>
    /// digits, dots and exponents (<c>e+5</c>); the literal never ends in a dot, so <c>a.0.b</c> and
    /// <c>1...</c> split as HCL expects while <c>1.2.3</c> stays one (invalid) number.
    /// </summary>
    private int ScanNumber(int p)
    {
        var s = _s;
        var i = p + 1;
        var end = i;
        while (i < s.Length)
        {
            var c = s[i];
            if (CharClasses.IsDigit(c))
            {
                i++;
                end = i;
            }
            else if (c == '.')
            {
                i++;
            }
            else if (c is 'e' or 'E')
            {
                var j = i + 1;
                if (j < s.Length && s[j] is '+' or '-') j++;
                if (j < s.Length && CharClasses.IsDigit(s[j]))
                {
                    i = j + 1;
                    end = i;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }
        return end;
    }

    private bool TryHeredocOpener(int p)
    {
        var i = p + 2;
        if (At(i) == '-') i++;
        if (i >= _s.Length) return false;
        var markerStart = i;
        var markerEnd = CharClasses.ScanIdentifier(_s, i);
        if (markerEnd == markerStart) return false;
        var j = markerEnd;
        if (At(j) == '\r') j++;
        if (At(j) != '\n') return false;
        Emit(HclTokenKind.OHeredoc, p, j + 1);
        Push(Mode.Heredoc, markerStart, markerEnd - markerStart);
        return true;
    }
}
