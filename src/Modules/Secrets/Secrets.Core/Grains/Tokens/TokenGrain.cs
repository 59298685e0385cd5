using Microsoft.Extensions.Logging;
using Platform.Kernel.Errors;
using Platform.Kernel.Storage;
using Platform.Secrets.Application.Leases;
using Platform.Secrets.Domain.Leases;
using Platform.Secrets.Domain.Tokens;

namespace Platform.Secrets.Grains.Tokens;

/// <summary>
/// Durable expiry (DESIGN "Durable time"): the deadline is in the persisted entry and checked against
/// <see cref="TimeProvider"/> at every use, which is what makes expiry exact; an alarm on the same clock
/// (<see cref="TokenExpiryAlarms"/>), set again on every activation, revokes the tree at the deadline while the grain
/// is active; the lease store's deadline index
/// (written by <see cref="Application.Tokens.TokenIssuer"/> and on renewal) is the durable backstop that the expiry
/// sweep walks after a restart or a fail-over. No reminder per token: Orleans loads every reminder of its range at
/// start-up, so per-token reminders made start-up slower as tokens grew, and cost a write per create.
/// </summary>
public sealed partial class TokenGrain(
    [PersistentState(TokenGrain.StateName, StorageSettings.ProviderName)] IPersistentState<TokenState> state,
    LeaseIndex leases,
    TokenIndexes indexes,
    ITokenLeaseRevocation secretLeases,
    TimeProvider time,
    LocalTokenSnapshots local,
    TokenExpiryAlarms alarms,
    ILogger<TokenGrain> logger)
    : Grain, ITokenGrain, IIncomingGrainCallFilter
{
    public const string StateName = "token";

    // Children released at once when a parent is revoked: a root token may have a great many.
    private const int ReleaseBatch = 256;

    private TokenSnapshot? _snapshot;
    private TokenExpiryAlarms.Alarm? _expiryAlarm;
    private bool _revoking;
    private bool _readOnActivation;

    private string TokenId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _readOnActivation = true;
        Refresh();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        local.Withdraw(TokenId);
        _expiryAlarm?.Cancel();
        return Task.CompletedTask;
    }

    public async Task<TokenSnapshot?> AuthenticateAsync()
    {
        if (await LiveEntryAsync() is not { } entry)
        {
            return null;
        }

        if (entry.NumUses == 0)
        {
            return _snapshot;
        }

        var used = entry with { NumUses = entry.NumUses - 1 };
        if (used.NumUses == 0)
        {
            // The last use: this request is served with the token as it was, then the token is gone (Vault too).
            var last = new TokenSnapshot(TokenId, used, state.State.HasChildren);
            await RevokeCoreAsync(detachFromParent: true);
            return last;
        }

        await WriteAsync(used);
        return _snapshot;
    }

    public async Task<TokenSnapshot?> LookupAsync() => await LiveEntryAsync() is null ? null : _snapshot;

    public async Task CreateAsync(TokenEntry entry)
    {
        if (state.State.Entry is not null || _revoking)
        {
            throw new ConflictException("cannot create a token with a duplicate ID");
        }

        await WriteAsync(entry);
    }

    public async Task MarkHasChildrenAsync()
    {
        if (state.State.Entry is null || state.State.HasChildren)
        {
            return;
        }

        state.State.HasChildren = true;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.HasChildren = false;
            throw;
        }

        Refresh();
    }

    public async Task<TokenRenewalOutcome> RenewAsync(TimeSpan increment, DateTimeOffset? parentExpireTime, TimeSpan defaultTtl, TimeSpan maxTtl)
    {
        var entry = await LiveEntryAsync() ?? throw new ValidationException("token not found");
        var renewal = TokenRenewalRules.Renew(entry, increment, parentExpireTime, time.GetUtcNow(), new TokenTtlLimits(defaultTtl, maxTtl));
        if (renewal.Entry.ExpireTime is { } expire && expire != entry.ExpireTime)
        {
            // The new deadline is indexed before it is stored; the old index entry is dropped when its minute is swept.
            await leases.ScheduleAsync(LeaseIndex.TokenMemberPrefix + TokenId, expire);
        }

        await WriteAsync(renewal.Entry);
        return new TokenRenewalOutcome(_snapshot!, renewal.Ttl, [.. renewal.Warnings]);
    }

    public Task<bool> RevokeAsync() => RevokeCoreAsync(detachFromParent: true);

    public Task RevokeFromParentAsync() => RevokeCoreAsync(detachFromParent: false);

    public async Task<bool> RevokeOrphanAsync()
    {
        if (state.State.Entry is not { } entry)
        {
            return false;
        }

        _revoking = true;
        local.Withdraw(TokenId);
        await ReleaseChildrenAsync(entry, child => child.BecomeOrphanAsync());
        await ForgetAsync(entry, detachFromParent: true);
        return true;
    }

    public async Task BecomeOrphanAsync()
    {
        if (state.State.Entry is { IsOrphan: false } entry)
        {
            await WriteAsync(entry with { ParentId = "", ParentAccessor = "" });
        }
    }

    public async Task MarkHasLeasesAsync()
    {
        if (state.State.Entry is null || state.State.HasLeases)
        {
            return;
        }

        state.State.HasLeases = true;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.HasLeases = false;
            throw;
        }
    }

    public async Task<DateTimeOffset?> ExpireAsync()
    {
        if (state.State.Entry is { } entry && entry.IsExpiredAt(time.GetUtcNow()))
        {
            LogExpired(logger);
            await RevokeCoreAsync(detachFromParent: true);
            return null;
        }

        if (state.State.Entry is { } live)
        {
            SetAlarm(live);
            return live.ExpireTime;
        }

        return null;
    }

    /// <summary>The entry if the token may be used now; an expired token is revoked on the spot.</summary>
    private async Task<TokenEntry?> LiveEntryAsync()
    {
        if (_revoking || state.State.Entry is not { } entry)
        {
            return null;
        }

        if (entry.IsExpiredAt(time.GetUtcNow()))
        {
            await RevokeCoreAsync(detachFromParent: true);
            return null;
        }

        return entry;
    }

    private async Task<bool> RevokeCoreAsync(bool detachFromParent)
    {
        if (state.State.Entry is not { } entry)
        {
            return false;
        }

        // From here on no use succeeds, and a child created concurrently finds its parent gone (TokenIssuer checks).
        _revoking = true;
        local.Withdraw(TokenId);
        await ReleaseChildrenAsync(entry, child => child.RevokeFromParentAsync());
        await ForgetAsync(entry, detachFromParent);
        return true;
    }

    /// <summary>
    /// Applies <paramref name="release"/> (revoke, or make orphan) to every child, a bounded batch at a time, then
    /// forgets the children index. Children first, the token itself last: a failure half-way leaves the token
    /// revocable again.
    /// </summary>
    private async Task ReleaseChildrenAsync(TokenEntry entry, Func<ITokenGrain, Task> release)
    {
        if (!state.State.HasChildren)
        {
            return;
        }

        foreach (var batch in (await indexes.ChildrenOfAsync(entry.Accessor)).Chunk(ReleaseBatch))
        {
            await Task.WhenAll(batch.Select(child => release(GrainFactory.GetGrain<ITokenGrain>(child))));
        }

        await indexes.ForgetChildrenAsync(entry.Accessor);
    }

    /// <summary>
    /// New tokens are stored without activating their grain (<see cref="NewTokenStore"/>): an activation that read no
    /// entry may predate the token's write, so before every call after its first it reads again while it holds no
    /// entry (the first call is served by the read the activation just made). Here, so no method can forget it. A
    /// revoked token's activation (cleared, and deactivating) has nothing to find.
    /// </summary>
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        var fresh = _readOnActivation;
        _readOnActivation = false;
        if (state.State.Entry is null && !_revoking && !fresh)
        {
            await state.ReadStateAsync();
            Refresh();
        }

        await context.Invoke();
    }

    private async Task ForgetAsync(TokenEntry entry, bool detachFromParent)
    {
        var unlinks = new List<Task> { indexes.RemoveAccessorAsync(entry.Accessor) };
        if (detachFromParent && !entry.IsOrphan)
        {
            unlinks.Add(indexes.RemoveChildAsync(entry.ParentAccessor, TokenId));
        }

        if (entry.ExpireTime is not null)
        {
            unlinks.Add(leases.UnlinkAsync(LeaseId.ForToken(entry.Path, TokenId)));
        }

        if (state.State.HasLeases)
        {
            unlinks.Add(secretLeases.RevokeLeasesOfTokenAsync(TokenId));
        }

        await Task.WhenAll(unlinks);
        await state.ClearStateAsync();
        state.State = new TokenState();
        _snapshot = null;
        _expiryAlarm?.Cancel();
        _expiryAlarm = null;
        DeactivateOnIdle();
    }

    private async Task WriteAsync(TokenEntry entry)
    {
        var previous = state.State.Entry;
        state.State.Entry = entry;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Entry = previous;
            throw;
        }

        Refresh();
    }

    private void Refresh()
    {
        if (state.State.Entry is { } entry)
        {
            _snapshot = new TokenSnapshot(TokenId, entry, state.State.HasChildren);
            local.Publish(_snapshot);
            SetAlarm(entry);
        }
        else
        {
            _snapshot = null;
            local.Withdraw(TokenId);
        }
    }

    private void SetAlarm(TokenEntry entry)
    {
        if (_expiryAlarm is { IsCancelled: false } alarm && alarm.Deadline == entry.ExpireTime)
        {
            return;
        }

        _expiryAlarm?.Cancel();
        _expiryAlarm = entry.ExpireTime is { } expire ? alarms.Set(this.AsReference<ITokenGrain>(), expire) : null;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A token expired; revoking it and its children")]
    private static partial void LogExpired(ILogger logger);
}
