namespace Platform.Secrets.Grains.Mounts;

/// <summary>Both mount tables at one <see cref="Version"/> (grows on every change, so nodes can tell theirs is stale).</summary>
[GenerateSerializer, Immutable]
public sealed record MountTableSnapshot(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<MountEntry> Mounts);
