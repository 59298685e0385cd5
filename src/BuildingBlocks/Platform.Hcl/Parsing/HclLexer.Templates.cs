namespace Platform.Hcl.Parsing;

/// <summary>Scanning inside templates: quoted strings, heredocs and bare templates.</summary>
internal sealed partial class HclLexer
{
    private void ScanQuoted()
    {
        var s = _s;
        var p = _pos;
        var c = s[p];
        if (c == '"')
        {
            Emit(HclTokenKind.CQuote, p, p + 1);
            Pop();
            return;
        }
        if (TryTemplateIntroducer(p)) return;
        if (c is '\r' or '\n')
        {
            var e = p;
            while (e < s.Length && s[e] is '\r' or '\n') e++;
            Emit(HclTokenKind.QuotedNewline, p, e);
            return;
        }
        if (CharClasses.IsLoneSurrogate(s, p))
        {
            Emit(HclTokenKind.BadUtf8, p, p + 1);
            return;
        }
        if (IsUnfinishedSequenceStart(p))
        {
            Emit(HclTokenKind.Invalid, p, p + 1);
            return;
        }

        var i = p;
        while (i < s.Length)
        {
            c = s[i];
            if (c is '"' or '\r' or '\n') break;
            if (c == '\\')
            {
                if (i + 1 >= s.Length || s[i + 1] is '\r' or '\n') break;
                i += 1 + CharClasses.CodePointLength(s, i + 1);
                continue;
            }
            if (c is '$' or '%')
            {
                if (At(i + 1) == '{' || i + 1 == s.Length) break;
                i += At(i + 1) == c && At(i + 2) == '{' ? 3 : 1;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                if (CharClasses.IsLoneSurrogate(s, i)) break;
                i += 2;
                continue;
            }
            i++;
        }
        // A backslash with nothing escapable after it is the one char no literal rule accepts.
        if (i == p) Emit(HclTokenKind.Invalid, p, p + 1);
        else Emit(HclTokenKind.QuotedLit, p, i);
    }

    /// <summary>
    /// A "$" or "%" as the very last char of a string or heredoc: HashiCorp's scanner is still waiting to
    /// see whether a "{" follows, and reports the unfinished token as invalid.
    /// </summary>
    private bool IsUnfinishedSequenceStart(int p) => p + 1 == _s.Length && _s[p] is '$' or '%';

    private bool TryTemplateIntroducer(int p)
    {
        var c = _s[p];
        if (c is not ('$' or '%') || At(p + 1) != '{') return false;
        var end = At(p + 2) == '~' ? p + 3 : p + 2;
        Emit(c == '$' ? HclTokenKind.TemplateInterp : HclTokenKind.TemplateControl, p, end);
        Top.StartOfLine = false;
        Push(Mode.Interp);
        return true;
    }

    /// <summary>Heredoc and bare-template text: one literal token per line, so flush heredocs can trim per line.</summary>
    private void ScanLines()
    {
        var s = _s;
        var p = _pos;
        ref var frame = ref Top;
        if (frame.Mode == Mode.Heredoc && frame.StartOfLine && TryHeredocCloser(p, frame.MarkerStart, frame.MarkerLength)) return;
        if (TryTemplateIntroducer(p)) return;
        if (CharClasses.IsLoneSurrogate(s, p))
        {
            Emit(HclTokenKind.BadUtf8, p, p + 1);
            Top.StartOfLine = false;
            return;
        }
        var heredoc = Top.Mode == Mode.Heredoc;
        if (heredoc && IsUnfinishedSequenceStart(p))
        {
            Emit(HclTokenKind.Invalid, p, p + 1);
            Top.StartOfLine = false;
            return;
        }
        if (IsLoneCarriageReturn(p))
        {
            // No rule of HashiCorp's scanner accepts a lone CR in template text, so it stops scanning there:
            // a bare template keeps the rest as literal text, anything else becomes one invalid token.
            Emit(heredoc || _depth > 1 ? HclTokenKind.Invalid : HclTokenKind.StringLit, p, s.Length);
            return;
        }

        var i = p;
        var endsLine = false;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '\n')
            {
                i++;
                endsLine = true;
                break;
            }
            if (c == '\r' && IsLoneCarriageReturn(i)) break;
            if (c is '$' or '%')
            {
                if (At(i + 1) == '{' || (heredoc && i + 1 == s.Length)) break;
                if (IsPairBeforeLineEnd(i))
                {
                    if (i > p) break;
                    Emit(HclTokenKind.StringLit, p, p + 2);
                    Top.StartOfLine = false;
                    return;
                }
                i += At(i + 1) == c && At(i + 2) == '{' ? 3 : 1;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                if (CharClasses.IsLoneSurrogate(s, i)) break;
                i += 2;
                continue;
            }
            i++;
        }
        Emit(HclTokenKind.StringLit, p, i);
        Top.StartOfLine = endsLine;
    }

    /// <summary>
    /// A "$" or "%" followed by exactly one more single-byte char (not "{", not a newline) and then a line end.
    /// HashiCorp's scanner gives that pair a token of its own and the newline another (a side effect of its
    /// "not a template sequence" rule backing up one char just as the end-of-line rule takes over), so a
    /// <c>${~</c> or <c>%{~</c> on the next line strips only the newline and keeps the pair: <c>q$ ⏎${~x}</c>
    /// is <c>"q$ ${x}"</c>. Everywhere else (quoted strings, two or more chars before the line end) the "$"
    /// is a token alone and the strip markers see the same whitespace either way.
    /// </summary>
    private bool IsPairBeforeLineEnd(int i)
    {
        if (i + 2 >= _s.Length) return false;
        var second = _s[i + 1];
        if (second is '{' or '\n' || second >= 0x80) return false;
        var after = _s[i + 2];
        return after == '\n' || (after == '\r' && At(i + 3) == '\n');
    }

    private bool IsLoneCarriageReturn(int i) => _s[i] == '\r' && At(i + 1) != '\n';

    private bool TryHeredocCloser(int p, int markerStart, int markerLength)
    {
        var newline = _s.IndexOf('\n', p);
        if (newline < 0) return false;
        var contentEnd = newline > p && _s[newline - 1] == '\r' ? newline - 1 : newline;
        var line = _s.AsSpan(p, contentEnd - p).Trim();
        if (!line.SequenceEqual(_s.AsSpan(markerStart, markerLength))) return false;
        // The closing marker and its newline are separate tokens so the newline can still end an attribute.
        Emit(HclTokenKind.CHeredoc, p, contentEnd);
        Emit(HclTokenKind.Newline, contentEnd, newline + 1);
        Pop();
        return true;
    }
}
