namespace Platform.Secrets.Grains.Kv;

/// <summary>
/// A <c>PATCH metadata/PATH</c>: only the fields given (non-null) change; <see cref="CustomMetadata"/> is merged into
/// the stored map, a null value removing its key.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record KvMetadataPatch(
    [property: Id(0)] int? MaxVersions,
    [property: Id(1)] bool? CasRequired,
    [property: Id(2)] TimeSpan? DeleteVersionAfter,
    [property: Id(3)] IReadOnlyDictionary<string, string?>? CustomMetadata);
