using System.Globalization;
using Platform.Hcl.Parsing;

namespace Platform.Hcl.Formatting;

/// <summary>
/// One token as the formatter sees it: its kind, its (normalised) text, and the number of spaces written
/// before it. Formatting only ever changes <see cref="SpacesBefore"/>; the text is fixed before the passes run.
/// </summary>
internal struct FormatToken(HclTokenKind kind, string text)
{
    public HclTokenKind Kind { get; } = kind;

    public string Text { get; } = text;

    public int SpacesBefore { get; set; }

    /// <summary>
    /// How many columns the token takes after its leading spaces: grapheme clusters, as hclwrite counts them,
    /// so that "🇬🇧" or "𝒜" in a name or value still lines up the <c>=</c> signs that follow it.
    /// </summary>
    public readonly int Width => IsAscii(Text) ? Text.Length : new StringInfo(Text).LengthInTextElements;

    /// <summary>+1 for a token that opens a bracketed region, -1 for one that closes it, 0 otherwise.</summary>
    public readonly int BracketChange => Kind switch
    {
        HclTokenKind.OBrace or HclTokenKind.OBrack or HclTokenKind.OParen
            or HclTokenKind.TemplateInterp or HclTokenKind.TemplateControl => 1,
        HclTokenKind.CBrace or HclTokenKind.CBrack or HclTokenKind.CParen or HclTokenKind.TemplateSeqEnd => -1,
        _ => 0,
    };

    /// <summary>
    /// A newline, or a <c>#</c>/<c>//</c> comment, which swallows the newline that ends it: either one ends a
    /// formatting line. A block comment never does, even when it spans lines.
    /// </summary>
    public readonly bool EndsLine => Kind == HclTokenKind.Newline || (Kind == HclTokenKind.Comment && Text.EndsWith('\n'));

    public override readonly string ToString() => $"{Kind} {SpacesBefore} \"{Text}\"";

    private static bool IsAscii(string s)
    {
        foreach (var c in s)
        {
            if (c >= 0x80) return false;
        }
        return true;
    }
}
