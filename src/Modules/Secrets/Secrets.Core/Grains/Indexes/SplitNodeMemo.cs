using System.Collections.Concurrent;

namespace Platform.Secrets.Grains.Indexes;

/// <summary>
/// This node's memory of index nodes it has seen split, for trees that are never cleared (the accessor tree, the
/// lease directories) or whose name is never used again once cleared (a token's children, named by the parent's
/// accessor): a split node stays split until its tree is cleared, so a walk may start below every node remembered
/// here instead of asking each again — at 100k members that saves two or three grain calls per change. A tree that
/// is cleared and then written again under the same name must not use it: after the clear the memory would send
/// members below a root that no longer forwards to them. Deadline buckets use it only for deadlines far enough ahead
/// that their bucket cannot have been cleared (<c>LeaseIndex.ScheduleAsync</c>).
/// Bounded: forgotten wholesale past a size.
/// </summary>
public sealed class SplitNodeMemo
{
    private const int MaxNodes = 100_000;

    private readonly ConcurrentDictionary<string, bool> _split = new(StringComparer.Ordinal);

    /// <summary>The deepest node on <paramref name="member"/>'s path not known to be split.</summary>
    public string StartKey(string tree, string member)
    {
        var key = IndexTrie.RootKey(tree);
        while (_split.ContainsKey(key))
        {
            key = IndexTrie.ChildKey(key, member);
        }

        return key;
    }

    public void Remember(string nodeKey)
    {
        if (_split.Count >= MaxNodes)
        {
            _split.Clear();
        }

        _split.TryAdd(nodeKey, true);
    }
}
