namespace Platform.Secrets.Domain.Tokens;

/// <summary>The system-wide lease TTLs (Vault's <c>default_lease_ttl</c> and <c>max_lease_ttl</c>, both 768h = 32 days).</summary>
public sealed record TokenTtlLimits(TimeSpan DefaultTtl, TimeSpan MaxTtl)
{
    public static readonly TokenTtlLimits Vault = new(TimeSpan.FromHours(768), TimeSpan.FromHours(768));
}
