namespace Platform.Hcl.Decoding;

/// <summary>
/// Picks a "did you mean" candidate for a misspelled name: the first candidate within edit distance 2, as
/// HashiCorp's tools do, so typos like <c>cout</c> for <c>count</c> get a hint but unrelated names do not.
/// </summary>
internal static class NameSuggestion
{
    public static string? Closest(string given, IEnumerable<string> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (Distance(given, candidate) < 3)
            {
                return candidate;
            }
        }

        return null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
