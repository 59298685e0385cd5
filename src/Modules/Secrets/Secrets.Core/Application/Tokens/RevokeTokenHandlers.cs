using MediatR;
using Platform.Kernel.Errors;
using Platform.Secrets.Contracts.Tokens;
using Platform.Secrets.Domain.Tokens;
using Platform.Secrets.Grains.Tokens;

namespace Platform.Secrets.Application.Tokens;

internal sealed class RevokeTokenHandler(IGrainFactory grains) : IRequestHandler<RevokeTokenCommand, Unit>
{
    public async Task<Unit> Handle(RevokeTokenCommand request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.Token))
        {
            throw new ValidationException("missing token ID");
        }

        await grains.GetGrain<ITokenGrain>(TokenSecrets.Hash(request.Token)).RevokeAsync();
        return Unit.Value;
    }
}

internal sealed class RevokeSelfHandler(IGrainFactory grains, CallerToken caller) : IRequestHandler<RevokeSelfCommand, Unit>
{
    public async Task<Unit> Handle(RevokeSelfCommand request, CancellationToken cancellationToken)
    {
        await grains.GetGrain<ITokenGrain>(caller.Required.TokenId).RevokeAsync();
        return Unit.Value;
    }
}

internal sealed class RevokeAccessorHandler(IGrainFactory grains, AccessorResolution accessors) : IRequestHandler<RevokeAccessorCommand, Unit>
{
    public async Task<Unit> Handle(RevokeAccessorCommand request, CancellationToken cancellationToken)
    {
        var snapshot = await accessors.ResolveAsync(request.Accessor);
        await grains.GetGrain<ITokenGrain>(snapshot.TokenId).RevokeAsync();
        return Unit.Value;
    }
}

internal sealed class RevokeOrphanHandler(IGrainFactory grains) : IRequestHandler<RevokeOrphanCommand, Unit>
{
    public async Task<Unit> Handle(RevokeOrphanCommand request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.Token))
        {
            throw new ValidationException("missing token ID");
        }

        if (!await grains.GetGrain<ITokenGrain>(TokenSecrets.Hash(request.Token)).RevokeOrphanAsync())
        {
            throw new ValidationException("token to revoke not found");
        }

        return Unit.Value;
    }
}
