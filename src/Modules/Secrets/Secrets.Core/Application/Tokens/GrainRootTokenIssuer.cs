using Platform.Secrets.Application.Seal;
using Platform.Secrets.Domain.Tokens;

namespace Platform.Secrets.Application.Tokens;

/// <summary>The root token of <c>sys/init</c> and <c>server -dev</c>: root policy, no parent, never expires.</summary>
internal sealed class GrainRootTokenIssuer(TokenIssuer issuer, TimeProvider time) : IRootTokenIssuer
{
    public async Task<string> CreateRootTokenAsync(string? tokenId, CancellationToken cancellationToken)
    {
        var entry = new TokenEntry
        {
            Accessor = TokenSecrets.NewAccessor(),
            Policies = [TokenPolicies.Root],
            Path = "auth/token/root",
            DisplayName = TokenDisplayName.Root,
            CreationTime = time.GetUtcNow(),
            Renewable = false,
        };
        var issued = await issuer.IssueAsync(entry, string.IsNullOrEmpty(tokenId) ? null : tokenId, parent: null);
        return issued.Token;
    }
}
