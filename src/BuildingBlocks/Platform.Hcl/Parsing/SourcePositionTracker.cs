using System.Globalization;
using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Parsing;

/// <summary>
/// Turns char offsets into HCL positions while walking forward only once: UTF-8 byte offsets for Byte, and
/// for Column one step per user-perceived character, as HashiCorp's grapheme-cluster counting does:
/// combining and spacing marks, variation selectors, emoji modifiers and tags, a pictograph after a zero-width
/// joiner, the second of a pair of regional indicators (a flag) and Hangul jamo that compose a syllable do
/// not advance it; CRLF is one line break. As in hclsyntax, clusters never span two tokens: the first
/// character of a token always advances the column (<see cref="BeginToken"/>).
/// </summary>
internal struct SourcePositionTracker(string text, SourcePos start, int startIndex)
{
    private enum Hangul : byte { None, L, V, T, LV, LVT }

    private int _index = startIndex;
    private int _line = start.Line;
    private int _column = start.Column;
    private int _byte = start.Byte;
    private bool _afterJoiner;
    private bool _pendingRegionalIndicator;
    private Hangul _previousHangul;
    private bool _tokenStart;

    /// <summary>The next character starts a token, so it starts a new cluster whatever it is.</summary>
    public void BeginToken() => _tokenStart = true;

    public SourcePos AdvanceTo(int target)
    {
        var s = text;
        while (_index < target)
        {
            var c = s[_index];
            var first = _tokenStart;
            _tokenStart = false;
            if (c < 0x80)
            {
                _byte++;
                if (c == '\n')
                {
                    _line++;
                    _column = 1;
                }
                else if (c != '\r' || _index + 1 >= s.Length || s[_index + 1] != '\n')
                {
                    _column++;
                }
                ResetClusterState();
                _index++;
                continue;
            }

            if (char.IsHighSurrogate(c) && _index + 1 < s.Length && char.IsLowSurrogate(s[_index + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, s[_index + 1]);
                _byte += 4;
                var joins = JoinsSupplementary(codePoint) && !first;
                if (!joins) _column++;
                _afterJoiner = false;
                _previousHangul = Hangul.None;
                _index += 2;
                continue;
            }

            _byte += c < 0x800 ? 2 : 3;
            var hangul = HangulClass(c);
            var extends = !first && (Extends(c)
                || (_afterJoiner && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol)
                || JoinsHangul(_previousHangul, hangul));
            if (!extends) _column++;
            _afterJoiner = c == '\u200D';
            _pendingRegionalIndicator = false;
            _previousHangul = hangul;
            _index++;
        }
        return new SourcePos(_line, _column, _byte);
    }

    private void ResetClusterState()
    {
        _afterJoiner = false;
        _pendingRegionalIndicator = false;
        _previousHangul = Hangul.None;
    }

    private bool JoinsSupplementary(int codePoint)
    {
        if (codePoint is >= 0x1F1E6 and <= 0x1F1FF)
        {
            // Regional indicators pair up into flags: the second of a pair joins the first.
            var joins = _pendingRegionalIndicator;
            _pendingRegionalIndicator = !joins;
            return joins;
        }
        _pendingRegionalIndicator = false;
        if (codePoint is >= 0x1F3FB and <= 0x1F3FF) return true; // emoji skin-tone modifiers
        if (codePoint is >= 0xE0020 and <= 0xE007F) return true; // emoji tag sequences
        if (codePoint is >= 0xE0100 and <= 0xE01EF) return true; // variation selectors supplement
        if (_afterJoiner) return true; // a pictograph joined by ZWJ
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool Extends(char c)
    {
        if (c == '\u200D' || (c >= '\uFE00' && c <= '\uFE0F')) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static Hangul HangulClass(char c)
    {
        if (c is >= '\u1100' and <= '\u115F' or >= '\uA960' and <= '\uA97C') return Hangul.L;
        if (c is >= '\u1160' and <= '\u11A7' or >= '\uD7B0' and <= '\uD7C6') return Hangul.V;
        if (c is >= '\u11A8' and <= '\u11FF' or >= '\uD7CB' and <= '\uD7FB') return Hangul.T;
        if (c is >= '\uAC00' and <= '\uD7A3') return (c - 0xAC00) % 28 == 0 ? Hangul.LV : Hangul.LVT;
        return Hangul.None;
    }

    /// <summary>Unicode's Hangul syllable rules: L × (L|V|LV|LVT), (LV|V) × (V|T), (LVT|T) × T.</summary>
    private static bool JoinsHangul(Hangul previous, Hangul current) => (previous, current) switch
    {
        (Hangul.L, Hangul.L or Hangul.V or Hangul.LV or Hangul.LVT) => true,
        (Hangul.LV or Hangul.V, Hangul.V or Hangul.T) => true,
        (Hangul.LVT or Hangul.T, Hangul.T) => true,
        _ => false,
    };
}
