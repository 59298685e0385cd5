using Platform.Secrets.Domain.Leases;
using Platform.Secrets.Grains.Tokens;

namespace Platform.Secrets.Application.Leases;

/// <summary>
/// A token's lease is the token itself: its id is the path that created the token and the token's storage id, and
/// only a token with a TTL has one (a root token without expiry has none, as in Vault).
/// </summary>
internal static class TokenLeases
{
    /// <summary>The live token behind a token lease id, or null (unknown, revoked, expired, or the path differs).</summary>
    public static async Task<TokenSnapshot?> FindAsync(IGrainFactory grains, string leaseId)
    {
        var tokenId = LeaseId.LastSegment(leaseId);
        if (tokenId.Length == 0 || await grains.GetGrain<ITokenGrain>(tokenId).LookupAsync() is not { } token)
        {
            return null;
        }

        return token.Entry.ExpireTime is not null && LeaseId.ForToken(token.Entry.Path, tokenId) == leaseId ? token : null;
    }

    public static LeaseSummary Summary(string leaseId, TokenSnapshot token) => new(
        leaseId, token.Entry.CreationTime, token.Entry.ExpireTime, token.Entry.LastRenewalTime, token.Entry.Renewable);
}
