namespace Platform.Hcl.Diagnostics;

/// <summary>
/// "Did you mean …?" as HashiCorp's tools offer it: the candidate closest to a misspelled name, if it is within
/// an edit distance of two (so <c>cout</c> suggests <c>count</c>, unrelated names suggest nothing). Ties go to
/// the earlier candidate. Names whose lengths differ by more than two are never compared, which also keeps a
/// hostile 1 MB identifier from costing a quadratic distance computation.
/// </summary>
public static class NameSuggestion
{
    private const int MaxDistance = 2;

    public static string? Closest(string given, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = MaxDistance + 1;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - given.Length) > MaxDistance)
            {
                continue;
            }

            var distance = Distance(given, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The detail suffix: <c> Did you mean "x"?</c>, or empty.</summary>
    public static string Suffix(string given, IEnumerable<string> candidates) =>
        Closest(given, candidates) is { } match ? $" Did you mean \"{match}\"?" : "";

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
