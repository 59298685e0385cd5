using System.Globalization;
using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Parsing;

/// <summary>
/// Turns char offsets into HCL positions while walking forward only once: UTF-8 byte offsets for Byte,
/// and for Column one step per user-perceived character (combining marks, joiners and variation selectors
/// do not advance it, as HashiCorp's grapheme-cluster counting would not), CRLF being one line break.
/// </summary>
internal struct SourcePositionTracker(string text, SourcePos start, int startIndex)
{
    private int _index = startIndex;
    private int _line = start.Line;
    private int _column = start.Column;
    private int _byte = start.Byte;
    private bool _afterJoiner;

    public SourcePos AdvanceTo(int target)
    {
        var s = text;
        while (_index < target)
        {
            var c = s[_index];
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
                _afterJoiner = false;
                _index++;
                continue;
            }

            if (char.IsHighSurrogate(c) && _index + 1 < s.Length && char.IsLowSurrogate(s[_index + 1]))
            {
                _byte += 4;
                if (!_afterJoiner) _column++;
                _afterJoiner = false;
                _index += 2;
                continue;
            }

            _byte += c < 0x800 ? 2 : 3;
            if (!_afterJoiner && !Extends(c)) _column++;
            _afterJoiner = c == '\u200D';
            _index++;
        }
        return new SourcePos(_line, _column, _byte);
    }

    private static bool Extends(char c)
    {
        if (c == '\u200D' || (c >= '\uFE00' && c <= '\uFE0F')) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
