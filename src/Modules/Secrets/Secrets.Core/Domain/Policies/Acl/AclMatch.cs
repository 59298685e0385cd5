namespace Platform.Secrets.Domain.Policies.Acl;

/// <summary>
/// A non-exact candidate for a path, ordered by Vault's documented priority (a later first wildcard wins; then a
/// pattern not ending in <c>*</c>; then fewer <c>+</c>; then the longer pattern; then, arbitrarily, the
/// lexically greater one).
/// </summary>
internal readonly record struct AclMatch(int FirstWildcard, bool IsPrefix, int Wildcards, string Path, AclPermissions Permissions)
{
    public bool OutranksOrEquals(AclMatch other)
    {
        if (FirstWildcard != other.FirstWildcard)
        {
            return FirstWildcard > other.FirstWildcard;
        }

        if (IsPrefix != other.IsPrefix)
        {
            return !IsPrefix;
        }

        if (Wildcards != other.Wildcards)
        {
            return Wildcards < other.Wildcards;
        }

        if (Path.Length != other.Path.Length)
        {
            return Path.Length > other.Path.Length;
        }

        return string.CompareOrdinal(Path, other.Path) >= 0;
    }
}
