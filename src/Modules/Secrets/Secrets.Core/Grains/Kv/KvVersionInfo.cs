namespace Platform.Secrets.Grains.Kv;

/// <summary>A version's metadata as KV v2 reports it (the data itself travels apart).</summary>
[GenerateSerializer, Immutable]
public sealed record KvVersionInfo(
    [property: Id(0)] int Version,
    [property: Id(1)] DateTimeOffset CreatedTime,
    [property: Id(2)] DateTimeOffset? DeletionTime,
    [property: Id(3)] bool Destroyed);
