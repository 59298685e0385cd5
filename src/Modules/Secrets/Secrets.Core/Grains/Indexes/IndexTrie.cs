namespace Platform.Secrets.Grains.Indexes;

/// <summary>
/// Addressing and walking of index trees (<see cref="IIndexNodeGrain{TValue}"/>). A tree is named by its root key
/// (<c>dir:auth/token/create/</c>, <c>due:29452800</c>, <c>children:&lt;token id&gt;</c>); a node's key is the root
/// key, <c>#</c>, then one hex digit of the members' stable hash per level below the root. Trees of different value
/// types are different grains even under the same name.
/// </summary>
public static class IndexTrie
{
    /// <summary>
    /// Members per node before it splits. A token create rewrites one leaf in each of four trees, so leaves are kept to
    /// a few KB (256 members made every create serialise, encrypt and write ~50 KB); 100k members are three levels deep.
    /// </summary>
    public const int NodeCapacity = 32;

    private const int MaxDepth = 15;

    public static string RootKey(string tree) => tree + "#";

    public static bool CanSplit(string nodeKey) => Depth(nodeKey) < MaxDepth;

    public static string ChildKey(string nodeKey, string member)
    {
        var depth = Depth(nodeKey);
        var digit = (int)((StableHash(member) >> (60 - (4 * depth))) & 0xF);
        return nodeKey + "0123456789abcdef"[digit];
    }

    /// <summary>The node grain of a tree with <typeparamref name="TValue"/> values (long or string).</summary>
    public static IIndexNodeGrain<TValue> Node<TValue>(IGrainFactory grains, string nodeKey) =>
        typeof(TValue) == typeof(long) ? (IIndexNodeGrain<TValue>)grains.GetGrain<ILongIndexNodeGrain>(nodeKey)
        : typeof(TValue) == typeof(string) ? (IIndexNodeGrain<TValue>)grains.GetGrain<IStringIndexNodeGrain>(nodeKey)
        : throw new NotSupportedException($"Index trees hold long or string values, not {typeof(TValue).Name}.");

    public static IEnumerable<string> ChildKeys(string nodeKey) => "0123456789abcdef".Select(digit => nodeKey + digit);

    /// <param name="memo">Only for trees that are never cleared (see <see cref="SplitNodeMemo"/>).</param>
    public static async Task AddAsync<TValue>(IGrainFactory grains, string tree, string member, TValue value, SplitNodeMemo? memo = null)
    {
        var key = memo?.StartKey(tree, member) ?? RootKey(tree);
        while (!await Node<TValue>(grains, key).AddAsync(member, value))
        {
            memo?.Remember(key);
            key = ChildKey(key, member);
        }
    }

    /// <param name="memo">Only for trees that are never cleared (see <see cref="SplitNodeMemo"/>).</param>
    public static async Task RemoveAsync<TValue>(IGrainFactory grains, string tree, string member, SplitNodeMemo? memo = null)
    {
        var key = memo?.StartKey(tree, member) ?? RootKey(tree);
        while (!await Node<TValue>(grains, key).RemoveMembersAsync([member]))
        {
            memo?.Remember(key);
            key = ChildKey(key, member);
        }
    }

    /// <summary>One member's value, or null when the tree does not hold it.</summary>
    /// <param name="memo">Only for trees that are never cleared (see <see cref="SplitNodeMemo"/>).</param>
    public static async Task<IndexEntry<TValue>?> FindAsync<TValue>(IGrainFactory grains, string tree, string member, SplitNodeMemo? memo = null)
    {
        var key = memo?.StartKey(tree, member) ?? RootKey(tree);
        while (true)
        {
            var page = await Node<TValue>(grains, key).FindAsync(member);
            if (!page.IsSplit)
            {
                return page.Entries.Length == 0 ? null : page.Entries[0];
            }

            memo?.Remember(key);
            key = ChildKey(key, member);
        }
    }

    /// <summary>Removes entries read from <paramref name="nodeKey"/>, following them down if it split since.</summary>
    public static async Task RemoveFromAsync<TValue>(IGrainFactory grains, string nodeKey, IReadOnlyList<IndexEntry<TValue>> entries)
    {
        if (entries.Count == 0 || await Node<TValue>(grains, nodeKey).RemoveAsync(entries))
        {
            return;
        }

        await Task.WhenAll(entries.GroupBy(entry => ChildKey(nodeKey, entry.Member))
            .Select(group => RemoveFromAsync(grains, group.Key, [.. group])));
    }

    /// <summary>Every member of a tree (leaf by leaf, children read in parallel).</summary>
    public static async Task<List<IndexEntry<TValue>>> ReadAllAsync<TValue>(IGrainFactory grains, string tree)
    {
        var leaves = await ReadLeavesAsync<TValue>(grains, RootKey(tree), static node => node.ReadAsync());
        return [.. leaves.SelectMany(leaf => leaf.Entries)];
    }

    /// <summary>The members of a tree whose value is at most <paramref name="upTo"/>, with the leaf each came from, at most about <paramref name="max"/>.</summary>
    public static Task<List<(string NodeKey, IndexEntry<TValue>[] Entries)>> AtMostAsync<TValue>(IGrainFactory grains, string tree, TValue upTo, int max) =>
        ReadLeavesAsync<TValue>(grains, RootKey(tree), node => node.AtMostAsync(upTo, max));

    /// <summary>Forgets a whole tree, leaves first.</summary>
    public static async Task ClearAsync<TValue>(IGrainFactory grains, string tree) => await ClearNodeAsync<TValue>(grains, RootKey(tree));

    private static async Task ClearNodeAsync<TValue>(IGrainFactory grains, string nodeKey)
    {
        var node = Node<TValue>(grains, nodeKey);
        if ((await node.ReadAsync()).IsSplit)
        {
            await Task.WhenAll(ChildKeys(nodeKey).Select(child => ClearNodeAsync<TValue>(grains, child)));
        }

        await node.ClearAsync();
    }

    private static async Task<List<(string NodeKey, IndexEntry<TValue>[] Entries)>> ReadLeavesAsync<TValue>(
        IGrainFactory grains, string nodeKey, Func<IIndexNodeGrain<TValue>, Task<IndexPage<TValue>>> read)
    {
        var page = await read(Node<TValue>(grains, nodeKey));
        if (!page.IsSplit)
        {
            return page.Entries.Length == 0 ? [] : [(nodeKey, page.Entries)];
        }

        var children = await Task.WhenAll(ChildKeys(nodeKey).Select(child => ReadLeavesAsync(grains, child, read)));
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
