using Orleans.Concurrency;
using Platform.Secrets.Domain.Tokens;

namespace Platform.Secrets.Grains.Tokens;

/// <summary>
/// One token, keyed by <see cref="TokenSecrets.Hash"/> of the token (a token is a secret and never a key). It
/// serialises every use, renewal and revocation of its token, enforces expiry against the injected clock at each
/// use, and revokes its subtree.
/// </summary>
public interface ITokenGrain : IGrainWithStringKey
{
    /// <summary>
    /// One authenticated use: null if the token is unknown, expired or revoked. Counts a use of a
    /// <c>num_uses</c> token; the use that spends the last one succeeds and revokes the token.
    /// </summary>
    Task<TokenSnapshot?> AuthenticateAsync();

    /// <summary>The token as it is, without counting a use; null if unknown, expired or revoked.</summary>
    [ReadOnly]
    Task<TokenSnapshot?> LookupAsync();

    /// <summary>Stores a new token; a token with this id already existing is a conflict.</summary>
    Task CreateAsync(TokenEntry entry);

    Task MarkHasChildrenAsync();

    /// <param name="parentExpireTime">The parent's current expiry (read by the caller: a child never calls its parent).</param>
    /// <param name="defaultTtl">The default lease TTL the token lives under (the system's, or its login mount's).</param>
    /// <param name="maxTtl">The max lease TTL the token lives under (the system's, or its login mount's and method's).</param>
    Task<TokenRenewalOutcome> RenewAsync(TimeSpan increment, DateTimeOffset? parentExpireTime, TimeSpan defaultTtl, TimeSpan maxTtl);

    /// <summary>Revokes the token and every descendant; false if there was nothing to revoke.</summary>
    Task<bool> RevokeAsync();

    /// <summary>Revokes the token and its descendants, children becoming orphans instead; false if unknown.</summary>
    Task<bool> RevokeOrphanAsync();

    /// <summary>The parent is revoking its tree: revoke this subtree without unlinking from the parent.</summary>
    Task RevokeFromParentAsync();

    /// <summary>The parent was revoked with <c>revoke-orphan</c>: this token now has no parent.</summary>
    Task BecomeOrphanAsync();

    /// <summary>
    /// The expiry timer fired or the sweep found the token due: revoke the tree if the token is now expired. Answers
    /// the deadline the token still has, or null once it is gone.
    /// </summary>
    Task<DateTimeOffset?> ExpireAsync();

    /// <summary>A secret lease was issued to this token: its revocation must revoke the token's leases.</summary>
    Task MarkHasLeasesAsync();
}
