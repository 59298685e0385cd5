using Platform.Secrets.Grains.Indexes;

namespace Platform.Secrets.Grains.Tokens;

/// <summary>
/// The token store's two indexes, each an <see cref="IndexTrie"/> tree so that no state rewritten on a token create
/// grows with the number of tokens: every accessor with its token id (for lookup-accessor, revoke-accessor and LIST
/// auth/token/accessors), and each parent's children (so revoking a parent revokes its tree). The accessor tree is
/// never cleared, so its walks start below the nodes this node has seen split.
/// </summary>
public sealed class TokenIndexes(IGrainFactory grains, SplitNodeMemo memo)
{
    public const string AccessorTree = "accessors";

    public static string ChildrenTree(string parentId) => "children:" + parentId;

    public Task AddAccessorAsync(string accessor, string tokenId) =>
        IndexTrie.AddAsync<string>(grains, AccessorTree, accessor, tokenId, memo);

    public Task RemoveAccessorAsync(string accessor) =>
        IndexTrie.RemoveAsync<string>(grains, AccessorTree, accessor, memo);

    public async Task<string?> ResolveAccessorAsync(string accessor) =>
        (await IndexTrie.FindAsync<string>(grains, AccessorTree, accessor, memo))?.Value;

    public async Task<IReadOnlyList<string>> ListAccessorsAsync() =>
        [.. (await IndexTrie.ReadAllAsync<string>(grains, AccessorTree)).Select(entry => entry.Member)];

    public Task AddChildAsync(string parentId, string childId) =>
        IndexTrie.AddAsync<long>(grains, ChildrenTree(parentId), childId, 0);

    public Task RemoveChildAsync(string parentId, string childId) =>
        IndexTrie.RemoveAsync<long>(grains, ChildrenTree(parentId), childId);

    public async Task<IReadOnlyList<string>> ChildrenOfAsync(string parentId) =>
        [.. (await IndexTrie.ReadAllAsync<long>(grains, ChildrenTree(parentId))).Select(entry => entry.Member)];

    public Task ForgetChildrenAsync(string parentId) =>
        IndexTrie.ClearAsync<long>(grains, ChildrenTree(parentId));
}
