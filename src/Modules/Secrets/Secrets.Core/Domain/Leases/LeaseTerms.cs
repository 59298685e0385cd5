namespace Platform.Secrets.Domain.Leases;

/// <summary>
/// Vault's lease arithmetic: a requested TTL falls back to the mount's default (then the system's), is capped by the
/// mount's max TTL (then the system's) measured from the lease's issue time, and a renewal's increment is capped the
/// same way — a lease never outlives issue time + max TTL.
/// </summary>
public sealed record LeaseTerms(TimeSpan DefaultTtl, TimeSpan MaxTtl)
{
    /// <summary>Vault's system defaults: 768h for both.</summary>
    public static readonly LeaseTerms System = new(TimeSpan.FromHours(768), TimeSpan.FromHours(768));

    /// <summary>A mount's tune values (zero = inherit) over the system's.</summary>
    public static LeaseTerms ForMount(TimeSpan mountDefault, TimeSpan mountMax)
    {
        var max = mountMax > TimeSpan.Zero ? mountMax : System.MaxTtl;
        var defaultTtl = mountDefault > TimeSpan.Zero ? mountDefault : System.DefaultTtl;
        return new LeaseTerms(defaultTtl < max ? defaultTtl : max, max);
    }

    /// <summary>The TTL a new lease gets.</summary>
    public TimeSpan Initial(TimeSpan? requested)
    {
        var ttl = requested is { } r && r > TimeSpan.Zero ? r : DefaultTtl;
        return ttl < MaxTtl ? ttl : MaxTtl;
    }

    /// <summary>The new expiry of a lease issued at <paramref name="issued"/> renewed at <paramref name="now"/>.</summary>
    public DateTimeOffset Renew(DateTimeOffset issued, DateTimeOffset now, TimeSpan? increment)
    {
        var wanted = now + (increment is { } i && i > TimeSpan.Zero ? i : DefaultTtl);
        var cap = issued + MaxTtl;
        return wanted < cap ? wanted : cap;
    }
}
