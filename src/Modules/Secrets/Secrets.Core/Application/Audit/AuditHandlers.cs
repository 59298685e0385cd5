using MediatR;
using Platform.Kernel.Errors;
using Platform.Secrets.Contracts.Sys;
using Platform.Secrets.Domain.Audit;
using Platform.Secrets.Grains;

namespace Platform.Secrets.Application.Audit;

internal sealed class ListAuditDevicesHandler(IGrainFactory grains) : IRequestHandler<ListAuditDevicesQuery, IReadOnlyDictionary<string, AuditDeviceInfo>>
{
    public async Task<IReadOnlyDictionary<string, AuditDeviceInfo>> Handle(ListAuditDevicesQuery request, CancellationToken cancellationToken)
    {
        var table = await grains.GetGrain<IAuditDeviceTableGrain>(IAuditDeviceTableGrain.Key).GetAsync();
        return table.Devices.ToDictionary(
            d => d.Path,
            d => new AuditDeviceInfo(d.Type, d.Description, d.Options, d.Local, d.Path),
            StringComparer.Ordinal);
    }
}

internal sealed class EnableAuditDeviceHandler(IGrainFactory grains, AuditDeviceRegistry registry) : IRequestHandler<EnableAuditDeviceCommand, Unit>
{
    public async Task<Unit> Handle(EnableAuditDeviceCommand request, CancellationToken cancellationToken)
    {
        var path = AuditDevicePath.Normalize(request.Path);
        var options = FileAuditDeviceOptions.Parse(request.Type, request.Options);
        try
        {
            // Vault opens the file when enabling: a path that cannot be written is refused now, not on the next request.
            new FileAuditSink(options).EnsureWritable();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ValidationException($"cannot open audit file '{options.FilePath}' for appending: {exception.Message}");
        }

        await grains.GetGrain<IAuditDeviceTableGrain>(IAuditDeviceTableGrain.Key).EnableAsync(new AuditDeviceState
        {
            Path = path,
            Type = request.Type,
            Description = request.Description,
            Options = new Dictionary<string, string>(request.Options, StringComparer.Ordinal),
            Salt = AuditHmac.NewSalt(),
            Local = request.Local,
        });
        await registry.RefreshAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class DisableAuditDeviceHandler(IGrainFactory grains, AuditDeviceRegistry registry) : IRequestHandler<DisableAuditDeviceCommand, Unit>
{
    public async Task<Unit> Handle(DisableAuditDeviceCommand request, CancellationToken cancellationToken)
    {
        await grains.GetGrain<IAuditDeviceTableGrain>(IAuditDeviceTableGrain.Key).DisableAsync(AuditDevicePath.Normalize(request.Path));
        await registry.RefreshAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class AuditHashHandler(AuditDeviceRegistry registry) : IRequestHandler<AuditHashCommand, AuditHashResponse>
{
    public async Task<AuditHashResponse> Handle(AuditHashCommand request, CancellationToken cancellationToken)
    {
        var path = AuditDevicePath.Normalize(request.Path);
        var devices = await registry.RefreshAsync(cancellationToken);
        var device = devices.Devices.FirstOrDefault(d => d.Path == path)
            ?? throw new ValidationException($"unknown audit device '{path}': see GET sys/audit for the enabled ones");
        return new AuditHashResponse(device.Hmac.Hash(request.Input));
    }
}
