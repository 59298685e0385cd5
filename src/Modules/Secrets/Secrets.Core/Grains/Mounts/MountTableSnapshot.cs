namespace Platform.Secrets.Grains.Mounts;

/// <summary>
/// Both mount tables at one <see cref="Version"/> (grows on every change, so nodes can tell theirs is stale).
/// <see cref="BuiltIns"/> are listed but never routed: their routes are fixed (sys/, auth/token/).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MountTableSnapshot(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<MountEntry> Mounts,
    [property: Id(2)] IReadOnlyList<MountEntry> BuiltIns);
