using Platform.Secrets.Domain.Tokens;
using Platform.Secrets.Grains.Indexes;

namespace Platform.Secrets.Grains.Tokens;

/// <summary>
/// The token store's two indexes, each an <see cref="IndexTrie"/> tree so that no state rewritten on a token create
/// grows with the number of tokens: every accessor with its token id (for lookup-accessor, revoke-accessor and LIST
/// auth/token/accessors), and each parent's children (so revoking a parent revokes its tree). Walks start below the
/// nodes this node has seen split (<see cref="SplitNodeMemo"/>): the accessor tree is never cleared, and a children
/// tree is named by its parent's accessor, which no later token ever has again — when a custom token id comes back
/// after its revocation, its children go to a new tree, never to the one its first incarnation's revocation cleared.
/// </summary>
public sealed class TokenIndexes(IGrainFactory grains, SplitNodeMemo memo)
{
    public const string AccessorTree = "accessors";

    // Hashed like token ids: accessors are not storage keys in the clear (Vault salts its accessor index too).
    private static string ChildrenTree(string parentAccessor) => "children:" + TokenSecrets.Hash(parentAccessor);

    public Task AddAccessorAsync(string accessor, string tokenId) =>
        IndexTrie.AddAsync<string>(grains, AccessorTree, accessor, tokenId, memo);

    public Task RemoveAccessorAsync(string accessor) =>
        IndexTrie.RemoveAsync<string>(grains, AccessorTree, accessor, memo);

    public async Task<string?> ResolveAccessorAsync(string accessor) =>
        (await IndexTrie.FindAsync<string>(grains, AccessorTree, accessor, memo))?.Value;

    public async Task<IReadOnlyList<string>> ListAccessorsAsync() =>
        [.. (await IndexTrie.ReadAllAsync<string>(grains, AccessorTree)).Select(entry => entry.Member)];

    public Task AddChildAsync(string parentAccessor, string childId) =>
        IndexTrie.AddAsync<long>(grains, ChildrenTree(parentAccessor), childId, 0, memo);

    public Task RemoveChildAsync(string parentAccessor, string childId) =>
        IndexTrie.RemoveAsync<long>(grains, ChildrenTree(parentAccessor), childId, memo);

    public async Task<IReadOnlyList<string>> ChildrenOfAsync(string parentAccessor) =>
        [.. (await IndexTrie.ReadAllAsync<long>(grains, ChildrenTree(parentAccessor))).Select(entry => entry.Member)];

    public Task ForgetChildrenAsync(string parentAccessor) =>
        IndexTrie.ClearAsync<long>(grains, ChildrenTree(parentAccessor));
}
