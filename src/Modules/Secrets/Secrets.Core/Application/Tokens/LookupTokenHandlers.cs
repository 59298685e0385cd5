using MediatR;
using Platform.Kernel.Auth;
using Platform.Kernel.Errors;
using Platform.Secrets.Contracts.Tokens;
using Platform.Secrets.Domain.Tokens;
using Platform.Secrets.Grains.Tokens;

namespace Platform.Secrets.Application.Tokens;

internal sealed class LookupSelfHandler(CallerToken caller, CallContext context, TimeProvider time)
    : IRequestHandler<LookupSelfQuery, TokenLookupResponse>, IRequestHandler<LookupSelfByPostQuery, TokenLookupResponse>
{
    // Served from what authentication just read: no second grain call on the hottest route.
    public Task<TokenLookupResponse> Handle(LookupSelfQuery request, CancellationToken cancellationToken) => Task.FromResult(Self());

    public Task<TokenLookupResponse> Handle(LookupSelfByPostQuery request, CancellationToken cancellationToken) => Task.FromResult(Self());

    private TokenLookupResponse Self() => TokenResponseMapping.Lookup(caller.Required.Entry, context.Token!, time.GetUtcNow());
}

internal sealed class LookupTokenHandler(CallerToken caller, CallContext context, IGrainFactory grains, TimeProvider time)
    : IRequestHandler<LookupTokenQuery, TokenLookupResponse>
{
    public async Task<TokenLookupResponse> Handle(LookupTokenQuery request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.Token) || request.Token == context.Token)
        {
            return TokenResponseMapping.Lookup(caller.Required.Entry, context.Token!, time.GetUtcNow());
        }

        var snapshot = await grains.GetGrain<ITokenGrain>(TokenSecrets.Hash(request.Token)).LookupAsync()
            ?? throw new PermissionDeniedException("bad token");
        return TokenResponseMapping.Lookup(snapshot.Entry, request.Token, time.GetUtcNow());
    }
}

internal sealed class LookupAccessorHandler(AccessorResolution accessors, TimeProvider time)
    : IRequestHandler<LookupAccessorQuery, TokenLookupResponse>
{
    public async Task<TokenLookupResponse> Handle(LookupAccessorQuery request, CancellationToken cancellationToken)
    {
        var snapshot = await accessors.ResolveAsync(request.Accessor);
        return TokenResponseMapping.Lookup(snapshot.Entry, "", time.GetUtcNow());
    }
}

internal sealed class ListAccessorsHandler(TokenIndexes indexes) : IRequestHandler<ListAccessorsQuery, AccessorListResponse>
{
    public async Task<AccessorListResponse> Handle(ListAccessorsQuery request, CancellationToken cancellationToken)
    {
        var accessors = await indexes.ListAccessorsAsync();
        return new AccessorListResponse([.. accessors.Order(StringComparer.Ordinal)]);
    }
}
