using Platform.Kernel.Auth;
using Platform.Kernel.Errors;
using Platform.Secrets.Domain.Tokens;
using Platform.Secrets.Grains.Tokens;

namespace Platform.Secrets.Application.Tokens;

/// <summary>
/// The hot path of every authenticated request: hash the token, one call to its grain (which holds the entry in
/// memory once active, checks expiry and counts the use), and the identity built from the answer.
/// </summary>
internal sealed class GrainTokenAuthenticator(IGrainFactory grains, CallerToken caller) : ITokenAuthenticator
{
    private static readonly IReadOnlyDictionary<string, string> NoMetadata = new Dictionary<string, string>();

    public async Task<RequestIdentity> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token))
        {
            throw new PermissionDeniedException();
        }

        var snapshot = await grains.GetGrain<ITokenGrain>(TokenSecrets.Hash(token)).AuthenticateAsync()
            ?? throw new PermissionDeniedException();
        caller.Snapshot = snapshot;
        var entry = snapshot.Entry;
        return new RequestIdentity(entry.Accessor, entry.Policies, entry.DisplayName, snapshot.TokenId, entry.Meta ?? NoMetadata);
    }
}
