namespace Platform.Hcl.Evaluation;

/// <summary>"Did you mean ...?" as HCL offers it: the closest known name within an edit distance of two.</summary>
internal static class NameSuggestion
{
    public static string? Find(string given, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = 3;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
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
        Find(given, candidates) is { } match ? $" Did you mean \"{match}\"?" : "";

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
