using System.Collections.Concurrent;
using Platform.Secrets.Domain.Leases;
using Platform.Secrets.Grains.Indexes;
using Platform.Secrets.Grains.Leases;

namespace Platform.Secrets.Application.Leases;

/// <summary>
/// The three indexes of the lease store, each a tree of <see cref="IIndexNodeGrain{TValue}"/>s (values: deadlines in ticks, or 0):
/// the lease tree (<c>dir:&lt;directory&gt;</c>: the children of one directory of lease ids, for LIST and
/// revoke-prefix), the deadline index (<c>due:&lt;minute&gt;</c>: what expires in that minute, for the sweep) and the
/// leases of a token (<c>token:&lt;id&gt;</c>, so revoking the token revokes them). Every entry is written before
/// the lease itself exists, so a crash leaves at worst an entry pointing at nothing, never a lease no index knows.
/// Directory trees are never cleared, so their walks start below the nodes this node has seen split.
/// </summary>
public sealed class LeaseIndex(IGrainFactory grains, SplitNodeMemo memo, TimeProvider time)
{
    public const string TokenMemberPrefix = "t:";
    public const string SecretMemberPrefix = "l:";

    private static readonly TimeSpan MemoSafeLead = TimeSpan.FromMinutes(3);

    // Links between directories are never removed (see UnlinkAsync), so once written they can be remembered here.
    private readonly ConcurrentDictionary<(string Directory, string Child), bool> _knownLinks = new();

    public static string DirectoryTree(string directory) => "dir:" + directory;

    public static string TokenTree(string tokenId) => "token:" + tokenId;

    /// <summary>Puts a lease into the lease tree: its directory chain, then the lease in its directory.</summary>
    public async Task LinkAsync(string leaseId)
    {
        var links = LeaseId.Links(leaseId);
        var writes = new List<Task>(links.Count);
        foreach (var link in links.Take(links.Count - 1).Where(link => !_knownLinks.ContainsKey(link)))
        {
            writes.Add(LinkDirectoryAsync(link));
        }

        var leaf = links[^1];
        writes.Add(IndexTrie.AddAsync<long>(grains, DirectoryTree(leaf.Directory), leaf.Child, 0, memo));
        await Task.WhenAll(writes);
    }

    /// <summary>
    /// Takes a lease out of its directory. The directory chain above stays: a LIST may show an empty directory, but
    /// a lease added by another node that remembered the link can never be missed by a revoke-prefix.
    /// </summary>
    public Task UnlinkAsync(string leaseId)
    {
        var leaf = LeaseId.Links(leaseId)[^1];
        return IndexTrie.RemoveAsync<long>(grains, DirectoryTree(leaf.Directory), leaf.Child, memo);
    }

    /// <summary>
    /// Enters a deadline in its minute's bucket. A bucket is cleared only once the minute after it has passed, so a
    /// deadline comfortably ahead (<see cref="MemoSafeLead"/>, which allows a minute of clock skew between nodes)
    /// can never land in a cleared bucket, and its walk may start below the splits this node remembers.
    /// </summary>
    public Task ScheduleAsync(string member, DateTimeOffset deadline) =>
        IndexTrie.AddAsync<long>(
            grains,
            LeaseExpirySweepGrain.BucketTree(LeaseDeadline.MinuteOf(deadline)),
            member,
            deadline.UtcTicks,
            deadline - time.GetUtcNow() >= MemoSafeLead ? memo : null);

    public Task AttachToTokenAsync(string tokenId, string leaseId) => IndexTrie.AddAsync<long>(grains, TokenTree(tokenId), leaseId, 0);

    public Task DetachFromTokenAsync(string tokenId, string leaseId) => IndexTrie.RemoveAsync<long>(grains, TokenTree(tokenId), leaseId);

    public async Task<IReadOnlyList<string>> LeasesOfTokenAsync(string tokenId) =>
        [.. (await IndexTrie.ReadAllAsync<long>(grains, TokenTree(tokenId))).Select(entry => entry.Member)];

    public Task ForgetTokenAsync(string tokenId) => IndexTrie.ClearAsync<long>(grains, TokenTree(tokenId));

    /// <summary>The children of a directory (<c>""</c> is the root; others end in <c>/</c>), sorted as Vault lists.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(string directory)
    {
        var entries = await IndexTrie.ReadAllAsync<long>(grains, DirectoryTree(directory));
        return [.. entries.Select(entry => entry.Member).Order(StringComparer.Ordinal)];
    }

    /// <summary>Every lease id under a directory, depth first.</summary>
    public async Task<IReadOnlyList<string>> CollectAsync(string directory)
    {
        var found = new List<string>();
        foreach (var child in await ListAsync(directory))
        {
            if (child.EndsWith('/'))
            {
                found.AddRange(await CollectAsync(directory + child));
            }
            else
            {
                found.Add(directory + child);
            }
        }

        return found;
    }

    private async Task LinkDirectoryAsync((string Directory, string Child) link)
    {
        await IndexTrie.AddAsync<long>(grains, DirectoryTree(link.Directory), link.Child, 0, memo);
        _knownLinks.TryAdd(link, true);
    }
}
