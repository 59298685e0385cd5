namespace Platform.Secrets.Grains;

/// <summary>
/// The cluster's one list of audit devices (key <see cref="Key"/>). Every node reads it to know where to write; a
/// single activation serialises enable and disable.
/// </summary>
public interface IAuditDeviceTableGrain : IGrainWithStringKey
{
    public const string Key = "audit";

    Task<AuditDeviceTableState> GetAsync();

    /// <summary>Cheap staleness check for the nodes' refresh loop.</summary>
    Task<long> GetVersionAsync();

    /// <exception cref="Platform.Kernel.Errors.ValidationException">The path is already in use.</exception>
    Task<AuditDeviceTableState> EnableAsync(AuditDeviceState device);

    /// <summary>Removes the device at the path; disabling a path with no device is not an error (Vault answers 204).</summary>
    Task<AuditDeviceTableState> DisableAsync(string path);
}
