namespace Platform.Secrets.Grains;

/// <summary>All policy texts by name at one <see cref="Version"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record PolicySnapshot(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyDictionary<string, string> Policies);
