using Platform.Hcl.Diagnostics;
using Platform.Hcl.Parsing;

namespace Platform.Hcl.Json.Syntax;

/// <summary>
/// Hand-written JSON tokenizer that tracks line, column (in characters) and UTF-8 byte offset as it goes,
/// so every token carries a range in the same terms as the native syntax. It never fails: anything it does
/// not recognise becomes a one-character <see cref="JsonTokenKind.Invalid"/> token for the parser to report.
/// Each call to <see cref="Next"/> consumes at least one character until the end, so scanning is linear.
/// </summary>
internal sealed class JsonScanner(string text, string filename, SourcePos start)
{
    private int _offset;
    private SourcePos _pos = start;

    public JsonToken Next()
    {
        SkipWhitespace();
        var begin = _pos;
        var beginOffset = _offset;
        if (_offset >= text.Length)
        {
            return new JsonToken(JsonTokenKind.EndOfFile, new SourceRange(filename, begin, begin), beginOffset, 0);
        }

        var c = text[_offset];
        JsonTokenKind kind;
        switch (c)
        {
            case '{': kind = JsonTokenKind.BraceOpen; Advance(); break;
            case '}': kind = JsonTokenKind.BraceClose; Advance(); break;
            case '[': kind = JsonTokenKind.BracketOpen; Advance(); break;
            case ']': kind = JsonTokenKind.BracketClose; Advance(); break;
            case ':': kind = JsonTokenKind.Colon; Advance(); break;
            case ',': kind = JsonTokenKind.Comma; Advance(); break;
            case '=': kind = JsonTokenKind.Equals; Advance(); break;
            case '"': kind = JsonTokenKind.String; ScanString(); break;
            default:
                if (c == '-' || char.IsAsciiDigit(c))
                {
                    kind = JsonTokenKind.Number;
                    while (_offset < text.Length && IsNumberChar(text[_offset]))
                    {
                        Advance();
                    }
                }
                else if (char.IsAsciiLetter(c) || c == '_')
                {
                    kind = JsonTokenKind.Keyword;
                    while (_offset < text.Length && (char.IsAsciiLetterOrDigit(text[_offset]) || text[_offset] == '_'))
                    {
                        Advance();
                    }
                }
                else
                {
                    kind = JsonTokenKind.Invalid;
                    Advance();
                }

                break;
        }

        return new JsonToken(kind, new SourceRange(filename, begin, _pos), beginOffset, _offset - beginOffset);
    }

    private static bool IsNumberChar(char c) => char.IsAsciiDigit(c) || c is '-' or '+' or '.' or 'e' or 'E';

    // The token runs to the closing quote, stepping over escapes, and stops before any control character (a
    // raw newline or tab) so one missing quote does not swallow the rest of the file; validation happens when
    // decoding. Columns inside count grapheme clusters, as HashiCorp's JSON scanner does.
    private void ScanString()
    {
        var end = _offset + 1;
        var escaping = false;
        while (end < text.Length)
        {
            var c = text[end];
            if (c < ' ')
            {
                break;
            }

            end++;
            if (c == '"' && !escaping)
            {
                break;
            }

            escaping = c == '\\' && !escaping;
        }

        var tracker = new SourcePositionTracker(text, _pos, _offset);
        tracker.BeginToken();
        _pos = tracker.AdvanceTo(end);
        _offset = end;
    }

    private void SkipWhitespace()
    {
        while (_offset < text.Length && text[_offset] is ' ' or '\t' or '\n' or '\r')
        {
            Advance();
        }
    }

    private void Advance()
    {
        var c = text[_offset++];
        switch (c)
        {
            case '\n':
                _pos = new SourcePos(_pos.Line + 1, 1, _pos.Byte + 1);
                return;
            case '\r':
                // Takes no column: it is assumed to pair with the newline that follows (HashiCorp's rule).
                _pos = _pos with { Byte = _pos.Byte + 1 };
                return;
            case '\t':
                // Counted as two columns, as HashiCorp's JSON scanner does.
                _pos = new SourcePos(_pos.Line, _pos.Column + 2, _pos.Byte + 1);
                return;
        }

        if (char.IsHighSurrogate(c) && _offset < text.Length && char.IsLowSurrogate(text[_offset]))
        {
            _offset++;
            _pos = new SourcePos(_pos.Line, _pos.Column + 1, _pos.Byte + 4);
            return;
        }

        _pos = new SourcePos(_pos.Line, _pos.Column + 1, _pos.Byte + Utf8Length(c));
    }

    private static int Utf8Length(char c) => c switch
    {
        < (char)0x80 => 1,
        < (char)0x800 => 2,
        _ => 3,
    };
}
