using System.Text;

namespace Platform.Hcl.Syntax;

/// <summary>
/// HCL string values are NFC-normalized (cty.StringVal), so <c>"an\u0303os"</c> and <c>"a\u00F1os"</c> are one
/// value. .NET's normalizer throws on text that is not well-formed UTF-16 (a lone surrogate, which only a
/// damaged or hostile input holds); such text is returned as it is, since the scanner has already reported it.
/// </summary>
internal static class NfcText
{
    public static string Normalize(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return text;
            }
        }

        return text.Normalize(NormalizationForm.FormC);
    }
}
