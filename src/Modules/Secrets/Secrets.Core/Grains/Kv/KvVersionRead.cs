namespace Platform.Secrets.Grains.Kv;

/// <summary>
/// A <c>data/</c> read: the version's JSON (null when deleted or destroyed: Vault then answers 404 with the
/// metadata), its metadata, and the secret's custom_metadata.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record KvVersionRead(
    [property: Id(0)] byte[]? Data,
    [property: Id(1)] KvVersionInfo Version,
    [property: Id(2)] IReadOnlyDictionary<string, string> CustomMetadata);
