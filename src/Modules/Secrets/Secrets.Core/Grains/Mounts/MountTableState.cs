namespace Platform.Secrets.Grains.Mounts;

/// <summary>Persisted state of <see cref="MountTableGrain"/> (behind the barrier like every grain state).</summary>
[GenerateSerializer]
public sealed class MountTableState
{
    [Id(0)]
    public List<MountEntry> Mounts { get; set; } = [];

    [Id(1)]
    public long Version { get; set; }
}
