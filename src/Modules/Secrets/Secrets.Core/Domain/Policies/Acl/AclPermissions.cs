using Platform.Kernel.Auth;

namespace Platform.Secrets.Domain.Policies.Acl;

/// <summary>
/// What every rule written for one path pattern grants, merged across all the policies of a token (Vault merges
/// rules with the identical pattern; different patterns never merge, the most specific one wins). Immutable.
/// </summary>
public sealed record AclPermissions(
    Capability Capabilities,
    ParameterConstraints Parameters,
    TimeSpan? MinWrappingTtl,
    TimeSpan? MaxWrappingTtl)
{
    public bool IsDeny => Capabilities.HasFlag(Capability.Deny);

    public static AclPermissions From(PathRule rule) => new(rule.Capabilities, rule.Parameters, Positive(rule.MinWrappingTtl), Positive(rule.MaxWrappingTtl));

    /// <summary>
    /// Adds another rule for the same pattern, as Vault does: a deny on either side wins and drops everything else;
    /// otherwise capabilities add up, the shorter wrapping TTLs win, parameter lists are joined (an empty list,
    /// meaning "any value", absorbs the other side) and required parameters are united.
    /// </summary>
    public AclPermissions Merge(PathRule rule)
    {
        if (IsDeny)
        {
            return this;
        }

        if (rule.Capabilities.HasFlag(Capability.Deny))
        {
            return new AclPermissions(Capability.Deny, ParameterConstraints.None, MinWrappingTtl, MaxWrappingTtl);
        }

        var other = From(rule);
        var parameters = new ParameterConstraints(
            MergeValues(Parameters.Allowed, other.Parameters.Allowed),
            MergeValues(Parameters.Denied, other.Parameters.Denied),
            Parameters.Required.Union(other.Parameters.Required, StringComparer.Ordinal).ToList());
        return new AclPermissions(
            Capabilities | other.Capabilities,
            parameters.IsEmpty ? ParameterConstraints.None : parameters,
            Shorter(MinWrappingTtl, other.MinWrappingTtl),
            Shorter(MaxWrappingTtl, other.MaxWrappingTtl));
    }

    private static TimeSpan? Positive(TimeSpan? value) => value is { } v && v > TimeSpan.Zero ? v : null;

    private static TimeSpan? Shorter(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static IReadOnlyDictionary<string, IReadOnlyList<string>>? MergeValues(
        IReadOnlyDictionary<string, IReadOnlyList<string>>? existing, IReadOnlyDictionary<string, IReadOnlyList<string>>? added)
    {
        if (added is null || added.Count == 0)
        {
            return existing;
        }

        if (existing is null)
        {
            return added;
        }

        var merged = new Dictionary<string, IReadOnlyList<string>>(existing, StringComparer.Ordinal);
        foreach (var (key, values) in added)
        {
            var had = merged.TryGetValue(key, out var current);
            merged[key] = values.Count == 0 || (had && current!.Count == 0) ? [] : [.. values, .. current ?? []];
        }

        return merged;
    }
}
