using MediatR;
using Platform.Kernel;
using Platform.Secrets.Contracts.Sys;

namespace Platform.Secrets.Application.Seal;

internal sealed class SealStatusHandler(SealKeeper keeper, PlatformInfo info) : IRequestHandler<SealStatusQuery, SealStatusResponse>
{
    public async Task<SealStatusResponse> Handle(SealStatusQuery request, CancellationToken cancellationToken) =>
        SealStatusMapping.ToResponse(await keeper.StatusAsync(cancellationToken), info);
}

internal sealed class InitStatusHandler(SealKeeper keeper) : IRequestHandler<InitStatusQuery, InitStatusResponse>
{
    public async Task<InitStatusResponse> Handle(InitStatusQuery request, CancellationToken cancellationToken) =>
        new((await keeper.StatusAsync(cancellationToken)).Initialized);
}

internal sealed class InitHandler(SealKeeper keeper) : IRequestHandler<InitCommand, InitResponse>
{
    public async Task<InitResponse> Handle(InitCommand request, CancellationToken cancellationToken)
    {
        var result = await keeper.InitializeAsync(request.SecretShares, request.SecretThreshold, stayUnsealed: false, rootTokenId: null, cancellationToken);
        return new InitResponse(
            result.Keys.Select(k => Convert.ToHexString(k).ToLowerInvariant()).ToList(),
            result.Keys.Select(Convert.ToBase64String).ToList(),
            result.RootToken);
    }
}

internal sealed class UnsealHandler(SealKeeper keeper, PlatformInfo info) : IRequestHandler<UnsealCommand, SealStatusResponse>
{
    public async Task<SealStatusResponse> Handle(UnsealCommand request, CancellationToken cancellationToken) =>
        SealStatusMapping.ToResponse(await keeper.UnsealAsync(request.Key, request.Reset, cancellationToken), info);
}

internal sealed class SealHandler(SealKeeper keeper) : IRequestHandler<SealCommand, Unit>
{
    public async Task<Unit> Handle(SealCommand request, CancellationToken cancellationToken)
    {
        await keeper.SealAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class RotateHandler(SealKeeper keeper) : IRequestHandler<RotateCommand, KeyStatusResponse>
{
    public async Task<KeyStatusResponse> Handle(RotateCommand request, CancellationToken cancellationToken)
    {
        var (term, installed) = await keeper.RotateAsync(cancellationToken);
        return new KeyStatusResponse(term, installed);
    }
}

internal sealed class KeyStatusHandler(SealKeeper keeper) : IRequestHandler<KeyStatusQuery, KeyStatusResponse>
{
    public Task<KeyStatusResponse> Handle(KeyStatusQuery request, CancellationToken cancellationToken)
    {
        var (term, installed) = keeper.KeyStatus();
        return Task.FromResult(new KeyStatusResponse(term, installed));
    }
}

internal sealed class HealthHandler(SealKeeper keeper, PlatformInfo info, TimeProvider time) : IRequestHandler<HealthQuery, HealthResponse>
{
    public async Task<HealthResponse> Handle(HealthQuery request, CancellationToken cancellationToken)
    {
        var status = await keeper.StatusAsync(cancellationToken);
        // Every node of the cluster serves requests itself: there is no standby.
        return new HealthResponse(status.Initialized, status.Sealed, false, false, "disabled", "disabled",
            time.GetUtcNow().ToUnixTimeSeconds(), PlatformInfo.Version, info.ClusterName, null);
    }
}

internal static class SealStatusMapping
{
    public static SealStatusResponse ToResponse(SealStatus status, PlatformInfo info) => new(
        "shamir", status.Initialized, status.Sealed, status.Threshold, status.Shares, status.Progress, status.Nonce,
        PlatformInfo.Version, "", false, false, info.StorageType,
        status.Sealed ? null : info.ClusterName, null);
}
