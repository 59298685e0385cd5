namespace Platform.Secrets.Grains.Leases;

/// <summary>
/// One node of a lease index: a set of members (lease ids, tree children, expiry targets) each with a number (a
/// deadline in ticks, or 0). A node holds at most <see cref="LeaseIndexTrie.NodeCapacity"/> members; past that it
/// splits into 16 children by the next hex digit of the members' stable hash and from then on only says "split", so
/// no node's state — rewritten whole on every change — grows with the number of leases. A node calls no grain but
/// its own children while splitting: the caller (<see cref="LeaseIndexTrie"/>) walks the tree, so a busy parent is
/// never held while a child writes, and no call chain can loop back.
/// </summary>
public interface ILeaseIndexNodeGrain : IGrainWithStringKey
{
    /// <summary>Adds or updates a member; false when the node is split (the caller goes down one level).</summary>
    Task<bool> AddAsync(string member, long value);

    /// <summary>Removes members, each only while it still has the given value; false when split.</summary>
    Task<bool> RemoveAsync(IReadOnlyList<LeaseIndexEntry> entries);

    /// <summary>Removes members whatever their value; false when split.</summary>
    Task<bool> RemoveMembersAsync(IReadOnlyList<string> members);

    /// <summary>The node's members, or a split marker.</summary>
    Task<LeaseIndexPage> ReadAsync();

    /// <summary>Up to <paramref name="max"/> members whose value is at most <paramref name="upTo"/>.</summary>
    Task<LeaseIndexPage> DueAsync(long upTo, int max);

    /// <summary>Used by the parent's split: this node's members become exactly these.</summary>
    Task ReplaceAsync(IReadOnlyList<LeaseIndexEntry> entries);

    /// <summary>Forgets the node (the caller clears the children of a split node first).</summary>
    Task ClearAsync();
}
