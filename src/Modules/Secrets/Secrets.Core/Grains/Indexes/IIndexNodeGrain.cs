namespace Platform.Secrets.Grains.Indexes;

/// <summary>
/// One node of an index tree: a set of members (lease ids, expiry targets, child tokens, accessors) each with a value
/// (a deadline in ticks, a token id, or nothing). A node holds at most <see cref="IndexTrie.NodeCapacity"/> members;
/// past that it splits into 16 children by the next hex digit of the members' stable hash and from then on only says
/// "split", so no node's state — rewritten whole on every change — grows with the number of members. A node calls no
/// grain but its own children while splitting: the caller (<see cref="IndexTrie"/>) walks the tree, so a busy parent
/// is never held while a child writes, and no call chain can loop back.
/// </summary>
public interface IIndexNodeGrain<TValue> : IGrainWithStringKey
{
    /// <summary>Adds or updates a member; false when the node is split (the caller goes down one level).</summary>
    Task<bool> AddAsync(string member, TValue value);

    /// <summary>Removes members, each only while it still has the given value; false when split.</summary>
    Task<bool> RemoveAsync(IReadOnlyList<IndexEntry<TValue>> entries);

    /// <summary>Removes members whatever their value; false when split.</summary>
    Task<bool> RemoveMembersAsync(IReadOnlyList<string> members);

    /// <summary>The node's members, or a split marker.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IndexPage<TValue>> ReadAsync();

    /// <summary>One member's entry (empty when absent), or a split marker.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IndexPage<TValue>> FindAsync(string member);

    /// <summary>Up to <paramref name="max"/> members whose value is at most <paramref name="upTo"/>.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IndexPage<TValue>> AtMostAsync(TValue upTo, int max);

    /// <summary>Used by the parent's split: this node's members become exactly these.</summary>
    Task ReplaceAsync(IReadOnlyList<IndexEntry<TValue>> entries);

    /// <summary>Forgets the node (the caller clears the children of a split node first).</summary>
    Task ClearAsync();
}
