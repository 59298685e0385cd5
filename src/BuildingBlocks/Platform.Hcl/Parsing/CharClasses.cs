using System.Buffers;
using System.Globalization;
using System.Text;

namespace Platform.Hcl.Parsing;

/// <summary>
/// Character classes of the native syntax. Identifiers follow Unicode UAX #31 (ID_Start, ID_Continue)
/// plus '_' to start and '-' to continue, as the HCL spec says; ASCII takes the fast path.
/// </summary>
internal static class CharClasses
{
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>Length in chars of an identifier-start character at <paramref name="i"/>, or 0.</summary>
    public static int IdStartLength(string s, int i)
    {
        var c = s[i];
        if (c < 0x80) return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_' ? 1 : 0;
        if (Rune.DecodeFromUtf16(s.AsSpan(i), out var rune, out var used) != OperationStatus.Done) return 0;
        return IsIdStart(Rune.GetUnicodeCategory(rune)) ? used : 0;
    }

    /// <summary>Length in chars of an identifier-continue character at <paramref name="i"/>, or 0.</summary>
    public static int IdContinueLength(string s, int i)
    {
        var c = s[i];
        if (c < 0x80) return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_' || c == '-' || IsDigit(c) ? 1 : 0;
        if (Rune.DecodeFromUtf16(s.AsSpan(i), out var rune, out var used) != OperationStatus.Done) return 0;
        var category = Rune.GetUnicodeCategory(rune);
        return IsIdStart(category) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
            ? used
            : 0;
    }

    /// <summary>The end (exclusive) of the identifier starting at <paramref name="start"/>; equals start when none.</summary>
    public static int ScanIdentifier(string s, int start)
    {
        var first = IdStartLength(s, start);
        if (first == 0) return start;
        var i = start + first;
        while (i < s.Length)
        {
            var n = IdContinueLength(s, i);
            if (n == 0) break;
            i += n;
        }
        return i;
    }

    private static bool IsIdStart(UnicodeCategory category) =>
        category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

    public static bool IsLoneSurrogate(string s, int i)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c)) return i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]);
        return char.IsLowSurrogate(c);
    }

    /// <summary>Chars taken by the code point at <paramref name="i"/> (2 for a surrogate pair).</summary>
    public static int CodePointLength(string s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
}
