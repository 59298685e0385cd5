using Platform.Kernel.Errors;
using Platform.Kernel.Storage;

namespace Platform.Secrets.Grains;

/// <inheritdoc cref="IAuditDeviceTableGrain"/>
public sealed class AuditDeviceTableGrain(
    [PersistentState("audit-devices", StorageSettings.ProviderName)] IPersistentState<AuditDeviceTableState> table)
    : Grain, IAuditDeviceTableGrain
{
    public Task<AuditDeviceTableState> GetAsync() => Task.FromResult(table.State);

    public Task<long> GetVersionAsync() => Task.FromResult(table.State.Version);

    public async Task<AuditDeviceTableState> EnableAsync(AuditDeviceState device)
    {
        if (table.State.Devices.Any(d => d.Path == device.Path))
        {
            throw new ValidationException($"path already in use: an audit device is enabled at '{device.Path}'; disable it first or choose another path");
        }

        await ReplaceAsync(new AuditDeviceTableState { Version = table.State.Version + 1, Devices = [.. table.State.Devices, device] });
        return table.State;
    }

    public async Task<AuditDeviceTableState> DisableAsync(string path)
    {
        if (table.State.Devices.Any(d => d.Path == path))
        {
            await ReplaceAsync(new AuditDeviceTableState { Version = table.State.Version + 1, Devices = table.State.Devices.Where(d => d.Path != path).ToList() });
        }

        return table.State;
    }

    /// <summary>Writes the new table; if storage refuses it, memory must not stay ahead of storage.</summary>
    private async Task ReplaceAsync(AuditDeviceTableState next)
    {
        var previous = table.State;
        table.State = next;
        try
        {
            await table.WriteStateAsync();
        }
        catch (Exception)
        {
            // Storage may hold neither version for sure (a stale ETag means another writer won): reload on next call.
            table.State = previous;
            DeactivateOnIdle();
            throw;
        }
    }
}
