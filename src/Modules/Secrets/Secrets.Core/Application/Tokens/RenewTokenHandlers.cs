using MediatR;
using Platform.Kernel.Auth;
using Platform.Kernel.Errors;
using Platform.Secrets.Application.Logins;
using Platform.Secrets.Contracts.Tokens;
using Platform.Secrets.Domain.Tokens;
using Platform.Secrets.Grains.Tokens;

namespace Platform.Secrets.Application.Tokens;

internal sealed class RenewTokenHandler(IGrainFactory grains, LoginRenewalCheck logins) : IRequestHandler<RenewTokenCommand, TokenAuthResult>
{
    public Task<TokenAuthResult> Handle(RenewTokenCommand request, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(request.Token)
            ? throw new ValidationException("missing token ID")
            : TokenRenewer.RenewAsync(grains, logins, request.Token, TokenSecrets.Hash(request.Token), request.Increment, cancellationToken);
}

internal sealed class RenewSelfHandler(IGrainFactory grains, LoginRenewalCheck logins, CallerToken caller, CallContext context) : IRequestHandler<RenewSelfCommand, TokenAuthResult>
{
    public Task<TokenAuthResult> Handle(RenewSelfCommand request, CancellationToken cancellationToken) =>
        TokenRenewer.RenewAsync(grains, logins, context.Token!, caller.Required.TokenId, request.Increment, cancellationToken);
}

/// <summary>
/// Renewal reads the parent's expiry here, outside the grains: a child grain calling its parent could deadlock
/// with the parent revoking its tree (which calls the child). A login's token asks its auth method first.
/// </summary>
internal static class TokenRenewer
{
    public static async Task<TokenAuthResult> RenewAsync(
        IGrainFactory grains, LoginRenewalCheck logins, string token, string tokenId, TimeSpan increment, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<ITokenGrain>(tokenId);
        var current = await grain.LookupAsync() ?? throw new ValidationException("token not found");
        DateTimeOffset? parentExpire = null;
        if (!current.Entry.IsOrphan)
        {
            var parent = await grains.GetGrain<ITokenGrain>(current.Entry.ParentId).LookupAsync()
                ?? throw new ValidationException("token not found");
            parentExpire = parent.Entry.ExpireTime;
        }

        var limits = await logins.LimitsForAsync(current.Entry, cancellationToken);
        var outcome = await grain.RenewAsync(increment, parentExpire, limits.DefaultTtl, limits.MaxTtl);
        return new TokenAuthResult(
            TokenResponseMapping.Auth(token, outcome.Token.Entry, outcome.Ttl),
            outcome.Warnings.Length > 0 ? outcome.Warnings : null);
    }
}
