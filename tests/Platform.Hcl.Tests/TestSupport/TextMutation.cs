using System.Text;

namespace Platform.Hcl.Tests.TestSupport;

/// <summary>
/// One random damage to a seed text, as the robustness properties apply it: kind 0 truncates at a point,
/// 1 replaces a character, 2 deletes one, anything else duplicates a short run.
/// </summary>
internal static class TextMutation
{
    public static string Apply(string seed, int kind, int where, char replacement)
    {
        if (seed.Length == 0)
        {
            return replacement.ToString();
        }

        var at = where % seed.Length;
        var builder = new StringBuilder(seed);
        switch (kind)
        {
            case 0:
                return seed[..at];
            case 1:
                builder[at] = replacement;
                break;
            case 2:
                builder.Remove(at, 1);
                break;
            default:
                builder.Insert(at, seed[at..Math.Min(seed.Length, at + 1 + (where % 16))]);
                break;
        }

        return builder.ToString();
    }
}
