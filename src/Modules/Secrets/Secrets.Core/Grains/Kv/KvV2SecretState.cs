namespace Platform.Secrets.Grains.Kv;

/// <summary>Persisted state of <see cref="KvV2SecretGrain"/>: the secret's metadata and its kept versions.</summary>
[GenerateSerializer]
public sealed class KvV2SecretState
{
    /// <summary>False until the first data or metadata write (a metadata-only secret exists with version 0).</summary>
    [Id(0)]
    public bool Exists { get; set; }

    [Id(1)]
    public int CurrentVersion { get; set; }

    [Id(2)]
    public int OldestVersion { get; set; }

    [Id(3)]
    public int MaxVersions { get; set; }

    [Id(4)]
    public bool CasRequired { get; set; }

    [Id(5)]
    public TimeSpan DeleteVersionAfter { get; set; }

    [Id(6)]
    public Dictionary<string, string> CustomMetadata { get; set; } = new(StringComparer.Ordinal);

    [Id(7)]
    public DateTimeOffset CreatedTime { get; set; }

    [Id(8)]
    public DateTimeOffset UpdatedTime { get; set; }

    [Id(9)]
    public List<KvVersionState> Versions { get; set; } = [];
}
