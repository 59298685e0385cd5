namespace Platform.Kernel.Consensus;

/// <summary>
/// A named lock for the whole cluster (key: the lock's name, e.g. <c>infra/state/prod</c> or
/// <c>scheduler/plan-applier/global</c>). One activation per name serialises every call; the lease, its deadline and
/// the fencing counter are persisted before any call returns, so they survive restarts and node loss. Expiry is
/// durable: a lease past its deadline is free at once, and the stored lease is cleared by a timer re-armed on every
/// activation, with a reminder to wake the grain after a restart.
/// </summary>
public interface ILockGrain : IGrainWithStringKey
{
    /// <param name="ttl">How long the lease lasts unless renewed; null holds it until released or force-released.</param>
    /// <returns>The lease, with a fencing token larger than any this lock granted before.</returns>
    /// <exception cref="Errors.ConflictException">Someone else holds it; the message names the holder.</exception>
    Task<LockLease> AcquireAsync(LockHolder holder, TimeSpan? ttl);

    /// <exception cref="Errors.ConflictException">The lease expired, was released, or belongs to someone else.</exception>
    Task<LockLease> RenewAsync(long fencingToken, TimeSpan? ttl);

    /// <summary>Releases the caller's lease, named by fencing token; a lock already free is not an error.</summary>
    /// <exception cref="Errors.ConflictException">The lock is held under another lease.</exception>
    Task ReleaseAsync(long fencingToken);

    /// <summary>Releases the lease held by <paramref name="holderId"/> (Terraform's unlock sends the lock ID it got).</summary>
    /// <exception cref="Errors.ConflictException">The lock is held by another holder.</exception>
    Task ReleaseByHolderAsync(string holderId);

    /// <summary>Clears any lease, whoever holds it (an operator's force-unlock).</summary>
    /// <returns>The lease that was cleared, or null if the lock was free.</returns>
    Task<LockLease?> ForceReleaseAsync();

    /// <returns>The current lease, or null when the lock is free.</returns>
    Task<LockLease?> GetHolderAsync();
}
