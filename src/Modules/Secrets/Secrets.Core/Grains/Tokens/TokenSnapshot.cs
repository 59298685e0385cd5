using Platform.Secrets.Domain.Tokens;

namespace Platform.Secrets.Grains.Tokens;

/// <summary>
/// A live token as its grain sees it at one moment. Immutable, so Orleans passes it between a grain and its
/// callers on the same silo without copying: the authentication hot path allocates nothing for it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed class TokenSnapshot(string tokenId, TokenEntry entry, bool hasChildren)
{
    /// <summary>The token's storage id (<see cref="TokenSecrets.Hash"/>), never the token.</summary>
    [Id(0)]
    public string TokenId { get; } = tokenId;

    [Id(1)]
    public TokenEntry Entry { get; } = entry;

    [Id(2)]
    public bool HasChildren { get; } = hasChildren;
}
