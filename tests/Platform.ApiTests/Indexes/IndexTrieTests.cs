using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Platform.ApiTests.Support;
using Platform.Kernel.Storage;
using Platform.Secrets.Grains.Indexes;

namespace Platform.ApiTests.Indexes;

/// <summary>
/// The index trees that the lease store and the token store share, on a real silo and storage: several times a
/// node's capacity of members, so the root and some children split, and every operation has to follow members down.
/// </summary>
public sealed class IndexTrieTests
{
    private const int Members = (IndexTrie.NodeCapacity * 20) + 7;

    [Fact]
    public async Task Trie_ManyMoreMembersThanANode_FindsListsAndRemovesEveryOne()
    {
        await using var server = await TestServerHost.StartAsync();
        await server.InitializeAndUnsealAsync();
        var grains = server.Services.GetRequiredService<IGrainFactory>();
        var members = Enumerable.Range(0, Members).Select(i => $"member-{i}").ToArray();

        foreach (var batch in members.Chunk(64))
        {
            await Task.WhenAll(batch.Select(member => IndexTrie.AddAsync<string>(grains, "test", member, "value-of-" + member)));
        }

        Assert.True((await IndexTrie.Node<string>(grains, IndexTrie.RootKey("test")).ReadAsync()).IsSplit);
        var all = await IndexTrie.ReadAllAsync<string>(grains, "test");
        Assert.Equal(members.Order(StringComparer.Ordinal), all.Select(entry => entry.Member).Order(StringComparer.Ordinal));
        Assert.All(all, entry => Assert.Equal("value-of-" + entry.Member, entry.Value));
        Assert.Equal($"value-of-member-{Members / 2}", (await IndexTrie.FindAsync<string>(grains, "test", $"member-{Members / 2}"))?.Value);
        Assert.Null(await IndexTrie.FindAsync<string>(grains, "test", "member-absent"));

        var removed = members.Where((_, i) => i % 3 == 0).ToArray();
        await Task.WhenAll(removed.Select(member => IndexTrie.RemoveAsync<string>(grains, "test", member)));
        var left = await IndexTrie.ReadAllAsync<string>(grains, "test");
        Assert.Equal(members.Except(removed).Order(StringComparer.Ordinal), left.Select(entry => entry.Member).Order(StringComparer.Ordinal));
        Assert.Null(await IndexTrie.FindAsync<string>(grains, "test", removed[5]));

        await IndexTrie.ClearAsync<string>(grains, "test");
        Assert.Empty(await IndexTrie.ReadAllAsync<string>(grains, "test"));
    }

    [Fact]
    public async Task Trie_WalksStartingBelowRememberedSplits_AgreeWithWalksFromTheRoot()
    {
        await using var server = await TestServerHost.StartAsync();
        await server.InitializeAndUnsealAsync();
        var grains = server.Services.GetRequiredService<IGrainFactory>();
        var writer = new SplitNodeMemo();
        var members = Enumerable.Range(0, Members).Select(i => $"member-{i}").ToArray();
        foreach (var batch in members.Chunk(64))
        {
            await Task.WhenAll(batch.Select(member => IndexTrie.AddAsync<string>(grains, "memo-test", member, "v-" + member, writer)));
        }

        // The writer remembers splits; another node (a fresh memo) and a walk from the root must find the same.
        Assert.NotEqual(IndexTrie.RootKey("memo-test"), writer.StartKey("memo-test", members[0]));
        var otherNode = new SplitNodeMemo();
        foreach (var member in members.Where((_, i) => i % 7 == 0))
        {
            Assert.Equal("v-" + member, (await IndexTrie.FindAsync<string>(grains, "memo-test", member, writer))?.Value);
            Assert.Equal("v-" + member, (await IndexTrie.FindAsync<string>(grains, "memo-test", member, otherNode))?.Value);
            Assert.Equal("v-" + member, (await IndexTrie.FindAsync<string>(grains, "memo-test", member))?.Value);
        }

        var removed = members.Where((_, i) => i % 2 == 0).ToArray();
        await Task.WhenAll(removed.Select(member => IndexTrie.RemoveAsync<string>(grains, "memo-test", member, otherNode)));
        Assert.Equal(
            members.Except(removed).Order(StringComparer.Ordinal),
            (await IndexTrie.ReadAllAsync<string>(grains, "memo-test")).Select(entry => entry.Member).Order(StringComparer.Ordinal));
        Assert.Null(await IndexTrie.FindAsync<string>(grains, "memo-test", removed[3], writer));
    }

    [Fact]
    public async Task AtMost_SplitTree_AnswersOnlyMembersUpToTheBoundWithTheirLeaves()
    {
        await using var server = await TestServerHost.StartAsync();
        await server.InitializeAndUnsealAsync();
        var grains = server.Services.GetRequiredService<IGrainFactory>();
        foreach (var batch in Enumerable.Range(0, Members).Chunk(64))
        {
            await Task.WhenAll(batch.Select(i => IndexTrie.AddAsync<long>(grains, "due-test", $"m{i}", i)));
        }

        const int bound = Members / 2;
        var leaves = await IndexTrie.AtMostAsync<long>(grains, "due-test", bound, int.MaxValue);
        var due = leaves.SelectMany(leaf => leaf.Entries).ToList();
        Assert.Equal(Enumerable.Range(0, bound + 1).Select(i => $"m{i}").Order(StringComparer.Ordinal), due.Select(entry => entry.Member).Order(StringComparer.Ordinal));

        // Entries removed through the leaf they were read from; a stale value (updated since the read) stays.
        await IndexTrie.AddAsync<long>(grains, "due-test", "m0", Members * 2);
        foreach (var (nodeKey, entries) in leaves)
        {
            await IndexTrie.RemoveFromAsync(grains, nodeKey, entries);
        }

        var left = await IndexTrie.ReadAllAsync<long>(grains, "due-test");
        Assert.Equal(Members - bound, left.Count);
        Assert.Contains(new IndexEntry<long>("m0", Members * 2), left);
    }

    [Fact]
    public async Task Trie_NodeStoredByAnEarlierVersion_IsReadAndRewrittenPacked()
    {
        await using var server = await TestServerHost.StartAsync();
        await server.InitializeAndUnsealAsync();
        var grains = server.Services.GetRequiredService<IGrainFactory>();
        var storage = server.Services.GetRequiredKeyedService<IGrainStorage>(StorageSettings.ProviderName);
        var root = IndexTrie.Node<long>(grains, IndexTrie.RootKey("legacy-test"));
        var old = new GrainState<IndexNodeState<long>>(new IndexNodeState<long> { Entries = new() { ["a"] = 1, ["b"] = 2 } });
        await storage.WriteStateAsync("index", root.GetGrainId(), old);

        await IndexTrie.AddAsync<long>(grains, "legacy-test", "c", 3);
        Assert.Equal(
            [new IndexEntry<long>("a", 1), new IndexEntry<long>("b", 2), new IndexEntry<long>("c", 3)],
            (await IndexTrie.ReadAllAsync<long>(grains, "legacy-test")).OrderBy(entry => entry.Member, StringComparer.Ordinal));
        var stored = new GrainState<IndexNodeState<long>>();
        await storage.ReadStateAsync("index", root.GetGrainId(), stored);
        var state = Assert.IsType<IndexNodeState<long>>(stored.State);
        Assert.Null(state.Entries);
        Assert.Equal(3, IndexNodePacking.Unpack<long>(state.Packed!).Count);
    }
}
