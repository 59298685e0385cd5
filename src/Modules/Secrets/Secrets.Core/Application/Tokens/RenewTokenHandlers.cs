using MediatR;
using Platform.Kernel.Auth;
using Platform.Kernel.Errors;
using Platform.Secrets.Contracts.Tokens;
using Platform.Secrets.Domain.Tokens;
using Platform.Secrets.Grains.Tokens;

namespace Platform.Secrets.Application.Tokens;

internal sealed class RenewTokenHandler(IGrainFactory grains) : IRequestHandler<RenewTokenCommand, TokenAuthResult>
{
    public Task<TokenAuthResult> Handle(RenewTokenCommand request, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(request.Token)
            ? throw new ValidationException("missing token ID")
            : TokenRenewer.RenewAsync(grains, request.Token, TokenSecrets.Hash(request.Token), request.Increment);
}

internal sealed class RenewSelfHandler(IGrainFactory grains, CallerToken caller, CallContext context) : IRequestHandler<RenewSelfCommand, TokenAuthResult>
{
    public Task<TokenAuthResult> Handle(RenewSelfCommand request, CancellationToken cancellationToken) =>
        TokenRenewer.RenewAsync(grains, context.Token!, caller.Required.TokenId, request.Increment);
}

/// <summary>
/// Renewal reads the parent's expiry here, outside the grains: a child grain calling its parent could deadlock
/// with the parent revoking its tree (which calls the child).
/// </summary>
internal static class TokenRenewer
{
    public static async Task<TokenAuthResult> RenewAsync(IGrainFactory grains, string token, string tokenId, TimeSpan increment)
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

        var outcome = await grain.RenewAsync(increment, parentExpire);
        return new TokenAuthResult(
            TokenResponseMapping.Auth(token, outcome.Token.Entry, outcome.Ttl),
            outcome.Warnings.Length > 0 ? outcome.Warnings : null);
    }
}
