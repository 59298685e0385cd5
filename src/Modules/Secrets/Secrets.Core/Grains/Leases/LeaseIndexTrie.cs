namespace Platform.Secrets.Grains.Leases;

/// <summary>
/// Addressing and walking of the lease index trees (<see cref="ILeaseIndexNodeGrain"/>). A tree is named by its
/// root key (<c>dir:auth/token/create/</c>, <c>due:29452800</c>, <c>token:&lt;id&gt;</c>); a node's key is the root
/// key, <c>#</c>, then one hex digit of the members' stable hash per level below the root.
/// </summary>
public static class LeaseIndexTrie
{
    /// <summary>Members per node before it splits: small enough that rewriting a node stays cheap (~10 KB).</summary>
    public const int NodeCapacity = 256;

    private const int MaxDepth = 15;

    public static string RootKey(string tree) => tree + "#";

    public static bool CanSplit(string nodeKey) => Depth(nodeKey) < MaxDepth;

    public static string ChildKey(string nodeKey, string member)
    {
        var depth = Depth(nodeKey);
        var digit = (int)((StableHash(member) >> (60 - (4 * depth))) & 0xF);
        return nodeKey + "0123456789abcdef"[digit];
    }

    public static IEnumerable<string> ChildKeys(string nodeKey) => "0123456789abcdef".Select(digit => nodeKey + digit);

    public static async Task AddAsync(IGrainFactory grains, string tree, string member, long value)
    {
        var key = RootKey(tree);
        while (!await grains.GetGrain<ILeaseIndexNodeGrain>(key).AddAsync(member, value))
        {
            key = ChildKey(key, member);
        }
    }

    public static async Task RemoveAsync(IGrainFactory grains, string tree, string member)
    {
        var key = RootKey(tree);
        while (!await grains.GetGrain<ILeaseIndexNodeGrain>(key).RemoveMembersAsync([member]))
        {
            key = ChildKey(key, member);
        }
    }

    /// <summary>Removes entries read from <paramref name="nodeKey"/>, following them down if it split since.</summary>
    public static async Task RemoveFromAsync(IGrainFactory grains, string nodeKey, IReadOnlyList<LeaseIndexEntry> entries)
    {
        if (entries.Count == 0 || await grains.GetGrain<ILeaseIndexNodeGrain>(nodeKey).RemoveAsync(entries))
        {
            return;
        }

        await Task.WhenAll(entries.GroupBy(entry => ChildKey(nodeKey, entry.Member))
            .Select(group => RemoveFromAsync(grains, group.Key, [.. group])));
    }

    /// <summary>Every member of a tree (leaf by leaf, children read in parallel).</summary>
    public static async Task<List<LeaseIndexEntry>> ReadAllAsync(IGrainFactory grains, string tree)
    {
        var leaves = await ReadLeavesAsync(grains, RootKey(tree), static (node, _) => node.ReadAsync(), 0);
        return [.. leaves.SelectMany(leaf => leaf.Entries)];
    }

    /// <summary>The due members of a tree, with the leaf each came from, at most about <paramref name="max"/>.</summary>
    public static Task<List<(string NodeKey, LeaseIndexEntry[] Entries)>> DueAsync(IGrainFactory grains, string tree, long upTo, int max) =>
        ReadLeavesAsync(grains, RootKey(tree), (node, _) => node.DueAsync(upTo, max), 0);

    /// <summary>Forgets a whole tree, leaves first.</summary>
    public static async Task ClearAsync(IGrainFactory grains, string tree) => await ClearNodeAsync(grains, RootKey(tree));

    private static async Task ClearNodeAsync(IGrainFactory grains, string nodeKey)
    {
        var node = grains.GetGrain<ILeaseIndexNodeGrain>(nodeKey);
        if ((await node.ReadAsync()).IsSplit)
        {
            await Task.WhenAll(ChildKeys(nodeKey).Select(child => ClearNodeAsync(grains, child)));
        }

        await node.ClearAsync();
    }

    private static async Task<List<(string NodeKey, LeaseIndexEntry[] Entries)>> ReadLeavesAsync(
        IGrainFactory grains, string nodeKey, Func<ILeaseIndexNodeGrain, int, Task<LeaseIndexPage>> read, int depth)
    {
        var page = await read(grains.GetGrain<ILeaseIndexNodeGrain>(nodeKey), depth);
        if (!page.IsSplit)
        {
            return page.Entries.Length == 0 ? [] : [(nodeKey, page.Entries)];
        }

        var children = await Task.WhenAll(ChildKeys(nodeKey).Select(child => ReadLeavesAsync(grains, child, read, depth + 1)));
        return [.. children.SelectMany(leaves => leaves)];
    }

    private static int Depth(string nodeKey) => nodeKey.Length - nodeKey.LastIndexOf('#') - 1;

    /// <summary>FNV-1a, 64 bits: the same on every node and every run (string.GetHashCode is not).</summary>
    private static ulong StableHash(string member)
    {
        var hash = 14695981039346656037ul;
        foreach (var c in member)
        {
            hash = (hash ^ c) * 1099511628211ul;
        }

        return hash;
    }
}
