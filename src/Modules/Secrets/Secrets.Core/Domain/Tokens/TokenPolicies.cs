namespace Platform.Secrets.Domain.Tokens;

/// <summary>Vault's policy-list rules for tokens (its <c>policyutil.SanitizePolicies</c>).</summary>
public static class TokenPolicies
{
    public const string Root = "root";
    public const string Default = "default";

    /// <summary>Internal policies of Vault that no token may be given.</summary>
    public static readonly IReadOnlyList<string> NonAssignable = ["response-wrapping", "control-group"];

    /// <summary>
    /// Trims and lower-cases names, drops empty ones and duplicates, sorts; <c>root</c> swallows every other policy;
    /// adds <c>default</c> when asked unless <c>root</c> is present.
    /// </summary>
    public static IReadOnlyList<string> Sanitize(IEnumerable<string> policies, bool addDefault)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var policy in policies)
        {
            var name = policy.Trim().ToLowerInvariant();
            if (name == Root)
            {
                return [Root];
            }

            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        if (addDefault)
        {
            names.Add(Default);
        }

        return [.. names];
    }

    /// <summary>Whether every name of <paramref name="subset"/> is in <paramref name="set"/>.</summary>
    public static bool IsSubset(IReadOnlyList<string> set, IReadOnlyList<string> subset) =>
        subset.All(name => set.Contains(name, StringComparer.Ordinal));
}
