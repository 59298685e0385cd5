namespace Platform.Secrets.Domain.Leases;

/// <summary>What <c>sys/leases/lookup</c> shows of any lease, a token's or a secret's.</summary>
public sealed record LeaseSummary(
    string Id,
    DateTimeOffset IssueTime,
    DateTimeOffset? ExpireTime,
    DateTimeOffset? LastRenewalTime,
    bool Renewable)
{
    /// <summary>Whole seconds left, as Vault's <c>ttl</c> (0 once expired or when the lease never expires).</summary>
    public long TtlAt(DateTimeOffset now) =>
        ExpireTime is { } expire && expire > now ? (long)(expire - now).TotalSeconds : 0;
}
