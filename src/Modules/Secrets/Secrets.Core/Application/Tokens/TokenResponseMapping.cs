using System.Globalization;
using Platform.Secrets.Contracts.Tokens;
using Platform.Secrets.Domain.Tokens;

namespace Platform.Secrets.Application.Tokens;

/// <summary>Vault's wire shapes for a token entry.</summary>
internal static class TokenResponseMapping
{
    public static TokenLookupResponse Lookup(TokenEntry entry, string id, DateTimeOffset now) => new()
    {
        Accessor = entry.Accessor,
        CreationTime = entry.CreationTime.ToUnixTimeSeconds(),
        CreationTtl = Seconds(entry.CreationTtl),
        DisplayName = entry.DisplayName,
        ExpireTime = entry.ExpireTime is { } expire ? Rfc3339(expire) : null,
        ExplicitMaxTtl = Seconds(entry.ExplicitMaxTtl),
        Id = id,
        IssueTime = Rfc3339(entry.CreationTime),
        Meta = entry.Meta,
        NumUses = entry.NumUses,
        Orphan = entry.IsOrphan,
        Path = entry.Path,
        Policies = entry.Policies,
        Renewable = entry.Renewable && entry.ExpireTime is not null,
        Ttl = Seconds(entry.RemainingAt(now)),
        Period = entry.Period > TimeSpan.Zero ? Seconds(entry.Period) : null,
        LastRenewalTime = entry.LastRenewalTime?.ToUnixTimeSeconds(),
        LastRenewal = entry.LastRenewalTime is { } renewed ? Rfc3339(renewed) : null,
    };

    public static TokenAuthResponse Auth(string token, TokenEntry entry, TimeSpan ttl) => new(
        token,
        entry.Accessor,
        entry.Policies,
        entry.Policies,
        entry.Meta,
        Seconds(ttl),
        entry.Renewable,
        "",
        "service",
        entry.IsOrphan,
        null,
        entry.NumUses);

    // Vault rounds remaining lifetimes down to whole seconds.
    private static long Seconds(TimeSpan duration) => (long)Math.Floor(duration.TotalSeconds);

    private static string Rfc3339(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
