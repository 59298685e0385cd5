namespace Platform.Secrets.Grains.Indexes;

/// <summary>
/// The behaviour of an index node for any value type. Grains are the sealed subclasses, one per value type, each with
/// its own non-generic interface: Orleans resolves a generic grain interface on every GetGrain, which cost ~7% of a
/// token create's CPU when the trees were addressed as <c>IIndexNodeGrain&lt;T&gt;</c>.
/// </summary>
public abstract class IndexNodeGrain<TValue>(IPersistentState<IndexNodeState<TValue>> state) : Grain, IIndexNodeGrain<TValue>
{
    // The members, unpacked once per activation; packed into the state on each write.
    private Dictionary<string, TValue> _entries = new(StringComparer.Ordinal);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _entries = state.State.Packed is { } packed ? IndexNodePacking.Unpack<TValue>(packed)
            : state.State.Entries is { } entries ? new Dictionary<string, TValue>(entries, StringComparer.Ordinal)
            : new Dictionary<string, TValue>(StringComparer.Ordinal);
        return Task.CompletedTask;
    }

    public async Task<bool> AddAsync(string member, TValue value)
    {
        if (state.State.IsSplit)
        {
            return false;
        }

        if (_entries.TryGetValue(member, out var current) && EqualityComparer<TValue>.Default.Equals(current, value))
        {
            return true;
        }

        _entries[member] = value;
        if (_entries.Count > IndexTrie.NodeCapacity && IndexTrie.CanSplit(this.GetPrimaryKeyString()))
        {
            await SplitAsync();
        }
        else
        {
            await WriteOrForgetAsync();
        }

        return true;
    }

    public async Task<bool> RemoveAsync(IReadOnlyList<IndexEntry<TValue>> entries)
    {
        if (state.State.IsSplit)
        {
            return false;
        }

        var removed = 0;
        foreach (var entry in entries)
        {
            if (_entries.TryGetValue(entry.Member, out var value) && EqualityComparer<TValue>.Default.Equals(value, entry.Value))
            {
                _entries.Remove(entry.Member);
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

        var removed = members.Count(_entries.Remove);
        if (removed > 0)
        {
            await WriteOrForgetAsync();
        }

        return true;
    }

    public Task<IndexPage<TValue>> ReadAsync() => Task.FromResult(state.State.IsSplit
        ? IndexPage<TValue>.Split
        : new IndexPage<TValue>(false, [.. _entries.Select(pair => new IndexEntry<TValue>(pair.Key, pair.Value))]));

    public Task<IndexPage<TValue>> FindAsync(string member) => Task.FromResult(state.State.IsSplit
        ? IndexPage<TValue>.Split
        : new IndexPage<TValue>(false, _entries.TryGetValue(member, out var value) ? [new IndexEntry<TValue>(member, value)] : []));

    public Task<IndexPage<TValue>> AtMostAsync(TValue upTo, int max) => Task.FromResult(state.State.IsSplit
        ? IndexPage<TValue>.Split
        : new IndexPage<TValue>(false, [.. _entries.Where(pair => Comparer<TValue>.Default.Compare(pair.Value, upTo) <= 0).Take(max).Select(pair => new IndexEntry<TValue>(pair.Key, pair.Value))]));

    public async Task ReplaceAsync(IReadOnlyList<IndexEntry<TValue>> entries)
    {
        state.State.IsSplit = false;
        _entries = entries.ToDictionary(entry => entry.Member, entry => entry.Value, StringComparer.Ordinal);
        await WriteOrForgetAsync();
    }

    public async Task ClearAsync()
    {
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }

        state.State = new IndexNodeState<TValue>();
        _entries = new Dictionary<string, TValue>(StringComparer.Ordinal);
        DeactivateOnIdle();
    }

    /// <summary>
    /// Children are written first (each replaced with exactly its share, so a split interrupted by a crash and
    /// started again leaves no stale member behind), then this node is marked split.
    /// </summary>
    private async Task SplitAsync()
    {
        var key = this.GetPrimaryKeyString();
        var shares = _entries
            .Select(pair => new IndexEntry<TValue>(pair.Key, pair.Value))
            .GroupBy(entry => IndexTrie.ChildKey(key, entry.Member))
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        try
        {
            await Task.WhenAll(IndexTrie.ChildKeys(key).Select(child =>
                IndexTrie.Node<TValue>(GrainFactory, child).ReplaceAsync(shares.TryGetValue(child, out var share) ? share : [])));
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }

        state.State.IsSplit = true;
        _entries = new Dictionary<string, TValue>(StringComparer.Ordinal);
        await WriteOrForgetAsync();
    }

    // Memory must not run ahead of storage: on a failed write, drop the activation so the next call reloads.
    private async Task WriteOrForgetAsync()
    {
        state.State.Packed = IndexNodePacking.Pack(_entries);
        state.State.Entries = null;
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
