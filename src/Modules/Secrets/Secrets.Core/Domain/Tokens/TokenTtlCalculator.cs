using Platform.Kernel.Errors;
using Platform.Kernel.Time;

namespace Platform.Secrets.Domain.Tokens;

/// <summary>
/// Vault's <c>framework.CalculateTTL</c>, the one rule for how long a lease (here: a token) may live, at creation
/// and at every renewal. A periodic token gets its period each time (escaping the max TTL except an explicit max);
/// otherwise the increment, else the previous TTL, else the system default, never past
/// <c>start + min(system max, explicit max)</c>.
/// </summary>
public static class TokenTtlCalculator
{
    /// <param name="increment">What a renewal asks for; zero at creation.</param>
    /// <param name="previousTtl">The TTL asked at creation, or the one the last renewal granted; zero for the default.</param>
    /// <param name="start">When the token was created: the max TTLs count from there.</param>
    public static TtlDecision Calculate(
        TimeSpan increment, TimeSpan previousTtl, TimeSpan period, TimeSpan explicitMaxTtl,
        DateTimeOffset start, DateTimeOffset now, TokenTtlLimits limits)
    {
        var warnings = new List<string>();
        var maxTtl = limits.MaxTtl;
        if (explicitMaxTtl > TimeSpan.Zero && explicitMaxTtl < maxTtl)
        {
            maxTtl = explicitMaxTtl;
        }

        TimeSpan ttl;
        DateTimeOffset? maxValidTime = null;
        if (period > TimeSpan.Zero)
        {
            if (period > maxTtl)
            {
                warnings.Add($"period of \"{GoDuration.Format(period)}\" exceeded the effective max_ttl of \"{GoDuration.Format(maxTtl)}\"; period value is capped accordingly");
                period = maxTtl;
            }

            ttl = period;
            if (explicitMaxTtl > TimeSpan.Zero)
            {
                maxValidTime = start + explicitMaxTtl;
            }
        }
        else
        {
            ttl = increment > TimeSpan.Zero ? increment : previousTtl > TimeSpan.Zero ? previousTtl : limits.DefaultTtl;
            maxValidTime = start + maxTtl;
        }

        if (maxValidTime is { } limit)
        {
            var maxValidTtl = limit - now;
            if (maxValidTtl <= TimeSpan.Zero)
            {
                throw new ValidationException("past the max TTL, cannot renew");
            }

            if (ttl > maxValidTtl)
            {
                warnings.Add($"TTL of \"{GoDuration.Format(ttl)}\" exceeded the effective max_ttl of \"{GoDuration.Format(maxValidTtl)}\"; TTL value is capped accordingly");
                ttl = maxValidTtl;
            }
        }

        return new TtlDecision(ttl, warnings);
    }

    /// <summary>
    /// A child never outlives its parent: a TTL reaching past the parent's expiry is cut to it, so that when the
    /// parent expires its whole tree is already dead at use time, whether or not the revocation has run yet.
    /// </summary>
    public static TtlDecision CapByParent(TtlDecision decision, DateTimeOffset? parentExpireTime, DateTimeOffset now)
    {
        if (parentExpireTime is not { } parentExpire || decision.Ttl <= TimeSpan.Zero || now + decision.Ttl <= parentExpire)
        {
            return decision;
        }

        var left = parentExpire - now;
        if (left <= TimeSpan.Zero)
        {
            throw new ValidationException("the parent token has expired");
        }

        return decision with
        {
            Ttl = left,
            Warnings = [.. decision.Warnings, $"TTL of \"{GoDuration.Format(decision.Ttl)}\" exceeded the parent token's remaining lifetime of \"{GoDuration.Format(left)}\"; TTL value is capped accordingly"],
        };
    }
}
