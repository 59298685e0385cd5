using Platform.Kernel.Errors;

namespace Platform.Kernel.Consensus;

/// <summary>
/// The lock's decisions, free of Orleans and of the clock: each takes the state and "now" and returns the new
/// state, or throws <see cref="ConflictException"/> naming the holder. A lease past its deadline counts as free at
/// once, whether or not anything has cleared it from storage yet.
/// </summary>
public static class LockRules
{
    /// <summary>TTLs are bounded so a typo cannot hold a lock for years; use no TTL (null) for locks held until released.</summary>
    public static readonly TimeSpan MaxTtl = TimeSpan.FromDays(7);

    public static LockLease? Holder(LockState state, DateTimeOffset now) =>
        state.Lease is { } lease && !lease.IsExpiredAt(now) ? lease : null;

    public static LockState Acquire(LockState state, string name, LockHolder holder, TimeSpan? ttl, DateTimeOffset now)
    {
        ValidateTtl(ttl);
        if (string.IsNullOrEmpty(holder.Id))
        {
            throw new ValidationException("lock holder id is required");
        }

        if (Holder(state, now) is { } current)
        {
            throw Held(current);
        }

        var token = checked(state.LastFencingToken + 1);
        return new LockState
        {
            LastFencingToken = token,
            Lease = new LockLease(name, holder, token, now, ttl is { } t ? now + t : null),
        };
    }

    /// <summary>Moves the deadline of the caller's own, still valid lease to now + <paramref name="ttl"/>.</summary>
    public static LockState Renew(LockState state, long fencingToken, TimeSpan? ttl, DateTimeOffset now)
    {
        ValidateTtl(ttl);
        var current = Holder(state, now);
        if (current is null || current.FencingToken != fencingToken)
        {
            throw current is null
                ? new ConflictException($"lock lease {fencingToken} is no longer held (expired or released): acquire the lock again")
                : Held(current);
        }

        return new LockState
        {
            LastFencingToken = state.LastFencingToken,
            Lease = current with { ExpiresAt = ttl is { } t ? now + t : null },
        };
    }

    /// <summary>
    /// Releases the lease identified by its fencing token or its holder id. Releasing a lock nobody holds is a
    /// no-op (the lease may have expired); releasing another holder's lease is a conflict.
    /// </summary>
    public static LockState Release(LockState state, long? fencingToken, string? holderId, DateTimeOffset now)
    {
        if (Holder(state, now) is not { } current)
        {
            return Cleared(state);
        }

        var matches = (fencingToken is { } token && token == current.FencingToken)
            || (fencingToken is null && !string.IsNullOrEmpty(holderId) && holderId == current.Holder.Id);
        return matches ? Cleared(state) : throw Held(current);
    }

    /// <summary>Clears whatever lease there is (an operator's <c>force-unlock</c>); the fencing counter stays.</summary>
    public static LockState ForceRelease(LockState state) => Cleared(state);

    private static LockState Cleared(LockState state) => new() { LastFencingToken = state.LastFencingToken };

    private static ConflictException Held(LockLease lease) => new(
        $"lock '{lease.Name}' is held by {lease.Holder.Who} (id {lease.Holder.Id}, operation {lease.Holder.Operation}, since {lease.AcquiredAt:O}"
        + (lease.ExpiresAt is { } deadline ? $", until {deadline:O})" : ", until released)")
        + (lease.Holder.Info.Length > 0 ? $": {lease.Holder.Info}" : ""));

    private static void ValidateTtl(TimeSpan? ttl)
    {
        if (ttl is { } t && (t <= TimeSpan.Zero || t > MaxTtl))
        {
            throw new ValidationException($"lock ttl must be more than 0 and at most {MaxTtl.TotalDays} days (or none, to hold until released); got {t}");
        }
    }
}
