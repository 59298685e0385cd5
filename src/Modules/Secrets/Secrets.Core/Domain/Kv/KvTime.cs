using System.Globalization;

namespace Platform.Secrets.Domain.Kv;

/// <summary>
/// Times as KV v2 prints them: Go's <c>RFC3339Nano</c> in UTC (<c>2018-03-22T02:24:06.945319214Z</c>), which drops
/// trailing zeros of the fraction and the dot with them. Clients parse and compare these strings.
/// </summary>
public static class KvTime
{
    public static string Format(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        var text = utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var ticks = utc.Ticks % TimeSpan.TicksPerSecond;
        if (ticks == 0)
        {
            return text + "Z";
        }

        // 100 ns ticks → nine digits of nanoseconds, trailing zeros trimmed as Go does.
        return text + "." + (ticks * 100).ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0') + "Z";
    }

    /// <summary>The form of a deletion time: the time, or "" when none is set (Vault's empty string, not null).</summary>
    public static string FormatOptional(DateTimeOffset? time) => time is { } t ? Format(t) : "";
}
