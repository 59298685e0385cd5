namespace Platform.Secrets.Domain.Tokens;

/// <summary>The system-wide lease TTLs (Vault's <c>default_lease_ttl</c> and <c>max_lease_ttl</c>, both 768h = 32 days).</summary>
public sealed record TokenTtlLimits(TimeSpan DefaultTtl, TimeSpan MaxTtl)
{
    public static readonly TokenTtlLimits Vault = new(TimeSpan.FromHours(768), TimeSpan.FromHours(768));

    /// <summary>
    /// The limits a login token of a mount lives under (Vault's per-mount system view, then <c>CalculateTTL</c>): the
    /// mount's tuned default and max where set, else the system's; a backend max (a user's <c>token_max_ttl</c>)
    /// tightens the max, never widens it.
    /// </summary>
    /// <param name="mountDefault">Zero: inherit the system default.</param>
    /// <param name="mountMax">Zero: inherit the system max.</param>
    /// <param name="backendMax">Zero: the backend sets no cap of its own.</param>
    public static TokenTtlLimits ForMount(TimeSpan mountDefault, TimeSpan mountMax, TimeSpan backendMax)
    {
        var defaultTtl = mountDefault > TimeSpan.Zero ? mountDefault : Vault.DefaultTtl;
        var maxTtl = mountMax > TimeSpan.Zero ? mountMax : Vault.MaxTtl;
        if (backendMax > TimeSpan.Zero && backendMax < maxTtl)
        {
            maxTtl = backendMax;
        }

        return new TokenTtlLimits(defaultTtl, maxTtl);
    }
}
