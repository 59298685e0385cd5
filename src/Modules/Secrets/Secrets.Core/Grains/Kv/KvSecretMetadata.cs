namespace Platform.Secrets.Grains.Kv;

/// <summary>A <c>metadata/</c> read: the secret's settings and every kept version's metadata.</summary>
[GenerateSerializer, Immutable]
public sealed record KvSecretMetadata(
    [property: Id(0)] int CurrentVersion,
    [property: Id(1)] int OldestVersion,
    [property: Id(2)] int MaxVersions,
    [property: Id(3)] bool CasRequired,
    [property: Id(4)] TimeSpan DeleteVersionAfter,
    [property: Id(5)] IReadOnlyDictionary<string, string> CustomMetadata,
    [property: Id(6)] DateTimeOffset CreatedTime,
    [property: Id(7)] DateTimeOffset UpdatedTime,
    [property: Id(8)] IReadOnlyList<KvVersionInfo> Versions);
