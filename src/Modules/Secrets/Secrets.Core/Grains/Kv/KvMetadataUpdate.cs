namespace Platform.Secrets.Grains.Kv;

/// <summary>A <c>metadata/</c> write: only the fields given (non-null) change.</summary>
[GenerateSerializer, Immutable]
public sealed record KvMetadataUpdate(
    [property: Id(0)] int? MaxVersions,
    [property: Id(1)] bool? CasRequired,
    [property: Id(2)] TimeSpan? DeleteVersionAfter,
    [property: Id(3)] IReadOnlyDictionary<string, string>? CustomMetadata);
