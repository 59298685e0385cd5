namespace Platform.Kernel.Consensus;

/// <summary>
/// A granted lock. <see cref="FencingToken"/> is larger than every token the lock ever granted before, so a
/// resource guarded by the lock can refuse a write carrying a smaller token: a holder that stalled past its expiry
/// and lost the lock cannot overwrite the work of the one that took it next.
/// </summary>
/// <param name="ExpiresAt">Null when the lease was taken without a TTL: held until released or force-released.</param>
[GenerateSerializer, Immutable, Alias("Platform.Kernel.Consensus.LockLease")]
public sealed record LockLease(
    [property: Id(0)] string Name,
    [property: Id(1)] LockHolder Holder,
    [property: Id(2)] long FencingToken,
    [property: Id(3)] DateTimeOffset AcquiredAt,
    [property: Id(4)] DateTimeOffset? ExpiresAt)
{
    public bool IsExpiredAt(DateTimeOffset now) => ExpiresAt is { } deadline && now >= deadline;
}
