namespace Platform.Secrets.Grains;

/// <summary>Every enabled audit device of the cluster; <see cref="Version"/> grows with each change so nodes can tell theirs is stale.</summary>
[GenerateSerializer, Alias("Platform.Secrets.Grains.AuditDeviceTableState")]
public sealed class AuditDeviceTableState
{
    [Id(0)]
    public long Version { get; set; }

    [Id(1)]
    public List<AuditDeviceState> Devices { get; set; } = [];
}
