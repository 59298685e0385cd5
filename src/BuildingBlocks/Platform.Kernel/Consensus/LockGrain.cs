using Platform.Kernel.Storage;

namespace Platform.Kernel.Consensus;

/// <inheritdoc cref="ILockGrain"/>
public sealed class LockGrain(
    [PersistentState("lock", StorageSettings.ProviderName)] IPersistentState<LockState> state,
    TimeProvider time)
    : Grain, ILockGrain, IRemindable
{
    private const string ExpiryReminder = "lock-expiry";

    /// <summary>Reminders tick at most once a minute: the backstop that wakes this grain after a restart.</summary>
    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);

    private IGrainTimer? _expiryTimer;

    private string Name => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await ClearIfExpiredAsync();
        ArmExpiryTimer();
    }

    public async Task<LockLease> AcquireAsync(LockHolder holder, TimeSpan? ttl)
    {
        var next = LockRules.Acquire(state.State, Name, holder, ttl, time.GetUtcNow());
        await WriteAsync(next);
        await ScheduleExpiryAsync();
        return next.Lease!;
    }

    public async Task<LockLease> RenewAsync(long fencingToken, TimeSpan? ttl)
    {
        var next = LockRules.Renew(state.State, fencingToken, ttl, time.GetUtcNow());
        await WriteAsync(next);
        await ScheduleExpiryAsync();
        return next.Lease!;
    }

    public Task ReleaseAsync(long fencingToken) =>
        ClearAsync(LockRules.Release(state.State, fencingToken, null, time.GetUtcNow()));

    public Task ReleaseByHolderAsync(string holderId) =>
        ClearAsync(LockRules.Release(state.State, null, holderId, time.GetUtcNow()));

    public async Task<LockLease?> ForceReleaseAsync()
    {
        var released = LockRules.Holder(state.State, time.GetUtcNow());
        await ClearAsync(LockRules.ForceRelease(state.State));
        return released;
    }

    public Task<LockLease?> GetHolderAsync() => Task.FromResult(LockRules.Holder(state.State, time.GetUtcNow()));

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // Being activated already re-armed the timer; the tick itself clears a lease whose deadline passed while
        // no node held this grain.
        await ClearIfExpiredAsync();
        if (state.State.Lease is null)
        {
            await UnregisterReminderAsync();
        }
    }

    private async Task ClearIfExpiredAsync()
    {
        if (state.State.Lease is { } lease && lease.IsExpiredAt(time.GetUtcNow()))
        {
            await WriteAsync(LockRules.ForceRelease(state.State));
        }
    }

    private async Task ClearAsync(LockState next)
    {
        if (state.State.Lease is not null)
        {
            await WriteAsync(next);
        }

        _expiryTimer?.Dispose();
        _expiryTimer = null;
        await UnregisterReminderAsync();
    }

    /// <summary>Persists the new state; if storage refuses it, memory must not stay ahead of storage.</summary>
    private async Task WriteAsync(LockState next)
    {
        var previous = state.State;
        state.State = next;
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception)
        {
            state.State = previous;
            DeactivateOnIdle();
            throw;
        }
    }

    private async Task ScheduleExpiryAsync()
    {
        ArmExpiryTimer();
        if (state.State.Lease?.ExpiresAt is not null)
        {
            await this.RegisterOrUpdateReminder(ExpiryReminder, ReminderPeriod, ReminderPeriod);
        }
        else
        {
            await UnregisterReminderAsync();
        }
    }

    /// <summary>One timer at the current deadline, replacing any earlier one (a renewal moves the deadline).</summary>
    private void ArmExpiryTimer()
    {
        _expiryTimer?.Dispose();
        _expiryTimer = null;
        if (state.State.Lease?.ExpiresAt is not { } deadline)
        {
            return;
        }

        var due = deadline - time.GetUtcNow();
        _expiryTimer = this.RegisterGrainTimer(
            async _ =>
            {
                await ClearIfExpiredAsync();
                if (state.State.Lease is null)
                {
                    await UnregisterReminderAsync();
                }
                else
                {
                    // Fired a hair early, or the lease was renewed meanwhile: wait for the deadline now in force.
                    ArmExpiryTimer();
                }
            },
            new GrainTimerCreationOptions(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan) { Interleave = false });
    }

    private async Task UnregisterReminderAsync()
    {
        if (await this.GetReminder(ExpiryReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
