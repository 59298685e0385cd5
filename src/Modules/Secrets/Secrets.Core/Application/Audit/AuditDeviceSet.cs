namespace Platform.Secrets.Application.Audit;

/// <summary>An immutable snapshot of the enabled devices at one <see cref="Version"/> of the cluster's table.</summary>
internal sealed class AuditDeviceSet(long version, IReadOnlyList<ActiveAuditDevice> devices)
{
    public static readonly AuditDeviceSet Empty = new(0, []);

    public long Version { get; } = version;

    public IReadOnlyList<ActiveAuditDevice> Devices { get; } = devices;
}
