using Platform.Kernel.Errors;

namespace Platform.Secrets.Domain.Tokens;

/// <summary>
/// Vault's token renewal (<c>auth/token/renew</c>, <c>renew-self</c>): the new TTL counts from now, is the period for
/// periodic tokens, otherwise the increment or the previous TTL, never past the max TTL counted from creation, and
/// never past the parent's expiry. Non-expiring and non-renewable tokens refuse.
/// </summary>
public static class TokenRenewalRules
{
    public static TokenRenewal Renew(TokenEntry entry, TimeSpan increment, DateTimeOffset? parentExpireTime, DateTimeOffset now, TokenTtlLimits limits)
    {
        if (increment < TimeSpan.Zero)
        {
            throw new ValidationException("increment must be positive");
        }

        if (entry.ExpireTime is null || !entry.Renewable)
        {
            throw new ValidationException("lease is not renewable");
        }

        if (entry.IsExpiredAt(now))
        {
            throw new ValidationException("lease expired");
        }

        var decision = TokenTtlCalculator.Calculate(increment, entry.LeaseTtl, entry.Period, entry.ExplicitMaxTtl, entry.CreationTime, now, limits);
        if (!entry.IsOrphan)
        {
            decision = TokenTtlCalculator.CapByParent(decision, parentExpireTime, now);
        }

        var renewed = entry with { ExpireTime = now + decision.Ttl, LeaseTtl = decision.Ttl, LastRenewalTime = now };
        return new TokenRenewal(renewed, decision.Ttl, decision.Warnings);
    }
}
