namespace Platform.Secrets.Domain.Policies.Acl;

/// <summary>
/// A pattern with <c>+</c> segments (and maybe a trailing <c>*</c>), pre-split for matching, with the facts Vault's
/// priority order compares: where the first wildcard is, whether it is a prefix, how many <c>+</c> it has, and how
/// long it is without the <c>*</c>.
/// </summary>
internal sealed class SegmentWildcardRule
{
    public SegmentWildcardRule(string pattern, AclPermissions permissions)
    {
        Permissions = permissions;
        FirstWildcard = pattern.IndexOf('+', StringComparison.Ordinal);
        IsPrefix = pattern.EndsWith('*');
        Path = IsPrefix ? pattern[..^1] : pattern;
        Segments = Path.Split('/');
        Wildcards = Segments.Count(s => s == "+");
    }

    public AclPermissions Permissions { get; }

    public int FirstWildcard { get; }

    public bool IsPrefix { get; }

    public string Path { get; }

    public string[] Segments { get; }

    public int Wildcards { get; }

    /// <summary>Each <c>+</c> matches one whole segment; with a trailing <c>*</c> the last segment matches by prefix and may be followed by more.</summary>
    public bool Matches(string[] pathSegments)
    {
        if (pathSegments.Length < Segments.Length || (!IsPrefix && pathSegments.Length != Segments.Length))
        {
            return false;
        }

        for (var i = 0; i < Segments.Length; i++)
        {
            var part = Segments[i];
            var matches = part == "+"
                || part == pathSegments[i]
                || (IsPrefix && i == Segments.Length - 1 && pathSegments[i].StartsWith(part, StringComparison.Ordinal));
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether some path under <paramref name="prefix"/> (ending in a slash) could match this pattern.</summary>
    public bool CouldMatchUnder(string prefix)
    {
        var prefixSegments = prefix.TrimEnd('/').Split('/');
        if (Segments.Length < prefixSegments.Length && !IsPrefix)
        {
            return false;
        }

        for (var i = 0; i < prefixSegments.Length && i < Segments.Length; i++)
        {
            var part = Segments[i];
            var last = i == Segments.Length - 1;
            var matches = part == "+"
                || part == prefixSegments[i]
                || (IsPrefix && last && prefixSegments[i].StartsWith(part, StringComparison.Ordinal));
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }
}
