using Platform.Secrets.Grains.Indexes;

namespace Platform.Secrets.Grains.Tokens;

/// <summary>
/// The token store's two indexes, each an <see cref="IndexTrie"/> tree so that no state rewritten on a token create
/// grows with the number of tokens: every accessor with its token id (for lookup-accessor, revoke-accessor and LIST
/// auth/token/accessors), and each parent's children (so revoking a parent revokes its tree).
/// </summary>
public static class TokenIndexes
{
    public const string AccessorTree = "accessors";

    public static string ChildrenTree(string parentId) => "children:" + parentId;

    public static Task AddAccessorAsync(IGrainFactory grains, string accessor, string tokenId) =>
        IndexTrie.AddAsync<string>(grains, AccessorTree, accessor, tokenId);

    public static Task RemoveAccessorAsync(IGrainFactory grains, string accessor) =>
        IndexTrie.RemoveAsync<string>(grains, AccessorTree, accessor);

    public static async Task<string?> ResolveAccessorAsync(IGrainFactory grains, string accessor) =>
        (await IndexTrie.FindAsync<string>(grains, AccessorTree, accessor))?.Value;

    public static async Task<IReadOnlyList<string>> ListAccessorsAsync(IGrainFactory grains) =>
        [.. (await IndexTrie.ReadAllAsync<string>(grains, AccessorTree)).Select(entry => entry.Member)];

    public static Task AddChildAsync(IGrainFactory grains, string parentId, string childId) =>
        IndexTrie.AddAsync<long>(grains, ChildrenTree(parentId), childId, 0);

    public static Task RemoveChildAsync(IGrainFactory grains, string parentId, string childId) =>
        IndexTrie.RemoveAsync<long>(grains, ChildrenTree(parentId), childId);

    public static async Task<IReadOnlyList<string>> ChildrenOfAsync(IGrainFactory grains, string parentId) =>
        [.. (await IndexTrie.ReadAllAsync<long>(grains, ChildrenTree(parentId))).Select(entry => entry.Member)];

    public static Task ForgetChildrenAsync(IGrainFactory grains, string parentId) =>
        IndexTrie.ClearAsync<long>(grains, ChildrenTree(parentId));
}
