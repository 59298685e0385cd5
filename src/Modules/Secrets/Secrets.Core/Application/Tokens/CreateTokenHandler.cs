using MediatR;
using Platform.Kernel.Auth;
using Platform.Kernel.Errors;
using Platform.Secrets.Contracts.Tokens;
using Platform.Secrets.Domain.Tokens;

namespace Platform.Secrets.Application.Tokens;

internal sealed class CreateTokenHandler(CallerToken caller, CallContext context, IAclAuthorizer acl, TokenIssuer issuer, TimeProvider time)
    : IRequestHandler<CreateTokenCommand, TokenAuthResult>
{
    public async Task<TokenAuthResult> Handle(CreateTokenCommand request, CancellationToken cancellationToken)
    {
        var parent = caller.Required;
        var identity = context.Identity ?? throw new PermissionDeniedException();
        // Vault asks "sudo on the path being called", so create-orphan's sudo is judged on its own path.
        var isSudo = await acl.IsAllowedAsync(identity, request.AclPath, Capability.Sudo, cancellationToken);
        var creation = TokenCreationRules.Decide(
            new TokenCreationRequest
            {
                Id = request.Id,
                Policies = request.Policies,
                Meta = request.Meta,
                NoParent = request.NoParent,
                NoDefaultPolicy = request.NoDefaultPolicy,
                Renewable = request.Renewable,
                Ttl = request.Ttl,
                ExplicitMaxTtl = request.ExplicitMaxTtl,
                Period = request.Period,
                DisplayName = request.DisplayName,
                NumUses = request.NumUses,
                OrphanEndpoint = request.Orphan,
            },
            parent.Entry, parent.TokenId, isSudo, TokenSecrets.NewAccessor(), time.GetUtcNow(), TokenTtlLimits.Vault);
        var issued = await issuer.IssueAsync(creation.Entry, creation.CustomId, creation.Entry.IsOrphan ? null : parent);
        var warnings = creation.Warnings.ToList();
        if (creation.CustomId is not null)
        {
            warnings.Add("Supplying a custom ID for the token makes it only as strong as the ID chosen; prefer a generated one.");
        }

        return new TokenAuthResult(TokenResponseMapping.Auth(issued.Token, issued.Entry, issued.Entry.CreationTtl), warnings.Count > 0 ? warnings : null);
    }
}
