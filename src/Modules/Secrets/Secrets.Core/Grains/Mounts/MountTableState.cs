namespace Platform.Secrets.Grains.Mounts;

/// <summary>Persisted state of <see cref="MountTableGrain"/> (behind the barrier like every grain state).</summary>
[GenerateSerializer]
public sealed class MountTableState
{
    [Id(0)]
    public List<MountEntry> Mounts { get; set; } = [];

    [Id(1)]
    public long Version { get; set; }

    /// <summary>The built-in mounts (<c>sys/</c>, <c>auth/token/</c>), made once so their uuid and accessor stay stable.</summary>
    [Id(2)]
    public List<MountEntry> BuiltIns { get; set; } = [];

    /// <summary>The last remounts, newest last, for <c>sys/remount/status/ID</c> (bounded).</summary>
    [Id(3)]
    public List<RemountRecord> Remounts { get; set; } = [];
}
