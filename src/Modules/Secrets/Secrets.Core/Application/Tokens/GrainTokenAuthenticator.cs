using Platform.Kernel.Auth;
using Platform.Kernel.Errors;
using Platform.Secrets.Domain.Tokens;
using Platform.Secrets.Grains.Tokens;

namespace Platform.Secrets.Application.Tokens;

/// <summary>
/// The hot path of every authenticated request: hash the token, then the snapshot its grain published on this node
/// (<see cref="LocalTokenSnapshots"/>) when the token has no use limit and has not expired, else one call to its grain
/// (which holds the entry in memory once active, checks expiry and counts the use); the identity is built from that.
/// </summary>
internal sealed class GrainTokenAuthenticator(IGrainFactory grains, LocalTokenSnapshots local, TimeProvider time, CallerToken caller) : ITokenAuthenticator
{
    private static readonly IReadOnlyDictionary<string, string> NoMetadata = new Dictionary<string, string>();

    public async Task<RequestIdentity> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token))
        {
            throw new PermissionDeniedException();
        }

        var tokenId = TokenSecrets.Hash(token);
        var snapshot = local.FindLive(tokenId, time.GetUtcNow()) is { Entry.NumUses: 0 } published
            ? published
            : await grains.GetGrain<ITokenGrain>(tokenId).AuthenticateAsync() ?? throw new PermissionDeniedException();
        caller.Snapshot = snapshot;
        var entry = snapshot.Entry;
        return new RequestIdentity(entry.Accessor, entry.Policies, entry.DisplayName, snapshot.TokenId, entry.Meta ?? NoMetadata);
    }
}
