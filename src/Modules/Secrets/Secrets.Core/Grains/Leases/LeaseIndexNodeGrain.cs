using Platform.Kernel.Storage;

namespace Platform.Secrets.Grains.Leases;

public sealed class LeaseIndexNodeGrain(
    [PersistentState("lease-index", StorageSettings.ProviderName)] IPersistentState<LeaseIndexNodeState> state)
    : Grain, ILeaseIndexNodeGrain
{
    public async Task<bool> AddAsync(string member, long value)
    {
        if (state.State.IsSplit)
        {
            return false;
        }

        if (state.State.Entries.TryGetValue(member, out var current) && current == value)
        {
            return true;
        }

        state.State.Entries[member] = value;
        if (state.State.Entries.Count > LeaseIndexTrie.NodeCapacity && LeaseIndexTrie.CanSplit(this.GetPrimaryKeyString()))
        {
            await SplitAsync();
        }
        else
        {
            await WriteOrForgetAsync();
        }

        return true;
    }

    public async Task<bool> RemoveAsync(IReadOnlyList<LeaseIndexEntry> entries)
    {
        if (state.State.IsSplit)
        {
            return false;
        }

        var removed = 0;
        foreach (var entry in entries)
        {
            if (state.State.Entries.TryGetValue(entry.Member, out var value) && value == entry.Value)
            {
                state.State.Entries.Remove(entry.Member);
                removed++;
            }
        }

        if (removed > 0)
        {
            await WriteOrForgetAsync();
        }

        return true;
    }

    public async Task<bool> RemoveMembersAsync(IReadOnlyList<string> members)
    {
        if (state.State.IsSplit)
        {
            return false;
        }

        var removed = members.Count(state.State.Entries.Remove);
        if (removed > 0)
        {
            await WriteOrForgetAsync();
        }

        return true;
    }

    public Task<LeaseIndexPage> ReadAsync() => Task.FromResult(state.State.IsSplit
        ? LeaseIndexPage.Split
        : new LeaseIndexPage(false, [.. state.State.Entries.Select(pair => new LeaseIndexEntry(pair.Key, pair.Value))]));

    public Task<LeaseIndexPage> DueAsync(long upTo, int max) => Task.FromResult(state.State.IsSplit
        ? LeaseIndexPage.Split
        : new LeaseIndexPage(false, [.. state.State.Entries.Where(pair => pair.Value <= upTo).Take(max).Select(pair => new LeaseIndexEntry(pair.Key, pair.Value))]));

    public async Task ReplaceAsync(IReadOnlyList<LeaseIndexEntry> entries)
    {
        state.State.IsSplit = false;
        state.State.Entries = entries.ToDictionary(entry => entry.Member, entry => entry.Value, StringComparer.Ordinal);
        await WriteOrForgetAsync();
    }

    public async Task ClearAsync()
    {
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }

        state.State = new LeaseIndexNodeState();
        DeactivateOnIdle();
    }

    /// <summary>
    /// Children are written first (each replaced with exactly its share, so a split interrupted by a crash and
    /// started again leaves no stale member behind), then this node is marked split.
    /// </summary>
    private async Task SplitAsync()
    {
        var key = this.GetPrimaryKeyString();
        var shares = state.State.Entries
            .Select(pair => new LeaseIndexEntry(pair.Key, pair.Value))
            .GroupBy(entry => LeaseIndexTrie.ChildKey(key, entry.Member))
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        try
        {
            await Task.WhenAll(LeaseIndexTrie.ChildKeys(key).Select(child =>
                GrainFactory.GetGrain<ILeaseIndexNodeGrain>(child).ReplaceAsync(shares.TryGetValue(child, out var share) ? share : [])));
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }

        state.State.IsSplit = true;
        state.State.Entries = new Dictionary<string, long>(StringComparer.Ordinal);
        await WriteOrForgetAsync();
    }

    // Memory must not run ahead of storage: on a failed write, drop the activation so the next call reloads.
    private async Task WriteOrForgetAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }
}
