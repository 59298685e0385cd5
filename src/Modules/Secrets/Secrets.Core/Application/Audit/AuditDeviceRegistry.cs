using Platform.Secrets.Domain.Audit;
using Platform.Secrets.Grains;

namespace Platform.Secrets.Application.Audit;

/// <summary>
/// This node's view of the cluster's audit devices (<see cref="IAuditDeviceTableGrain"/>). Null until loaded and
/// again after sealing (the table lives behind the barrier), so the first request after an unseal loads it before
/// anything is served: the broker never treats "not loaded" as "no devices". Changes made on this node apply at
/// once; changes made on another node arrive with <see cref="AuditDeviceRefresher"/>'s next poll.
/// </summary>
internal sealed class AuditDeviceRegistry(IGrainFactory grains)
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile AuditDeviceSet? _current;

    public AuditDeviceSet? Current => _current;

    public void Forget() => _current = null;

    public async ValueTask<AuditDeviceSet> GetAsync(CancellationToken cancellationToken) =>
        _current ?? await RefreshAsync(cancellationToken);

    /// <summary>Reloads the table when its version moved (or nothing is loaded yet).</summary>
    public async Task<AuditDeviceSet> RefreshAsync(CancellationToken cancellationToken)
    {
        var table = grains.GetGrain<IAuditDeviceTableGrain>(IAuditDeviceTableGrain.Key);
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } loaded && loaded.Version == await table.GetVersionAsync())
            {
                return loaded;
            }

            var state = await table.GetAsync();
            var devices = state.Devices.Select(ToActive).ToList();
            var set = devices.Count == 0 && state.Version == 0 ? AuditDeviceSet.Empty : new AuditDeviceSet(state.Version, devices);
            _current = set;
            return set;
        }
        finally
        {
            _loading.Release();
        }
    }

    private ActiveAuditDevice ToActive(AuditDeviceState device)
    {
        // Reuse the sink of a device that was already active so its write gate keeps serialising lines.
        if (_current?.Devices.FirstOrDefault(d => d.Path == device.Path) is { } existing
            && existing.Sink.FilePath == (device.Options.GetValueOrDefault("file_path") ?? device.Options.GetValueOrDefault("path")))
        {
            return existing;
        }

        var options = FileAuditDeviceOptions.Parse(device.Type, device.Options);
        return new ActiveAuditDevice(device.Path, new AuditHmac(device.Salt), options.HmacAccessor, new FileAuditSink(options));
    }
}
