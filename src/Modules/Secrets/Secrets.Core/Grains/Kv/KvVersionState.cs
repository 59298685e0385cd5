namespace Platform.Secrets.Grains.Kv;

/// <summary>One kept version inside <see cref="KvV2SecretState"/>.</summary>
[GenerateSerializer]
public sealed class KvVersionState
{
    [Id(0)]
    public int Number { get; set; }

    /// <summary>The secret's JSON object as UTF-8; null once destroyed.</summary>
    [Id(1)]
    public byte[]? Data { get; set; }

    [Id(2)]
    public DateTimeOffset CreatedTime { get; set; }

    [Id(3)]
    public DateTimeOffset? DeletionTime { get; set; }

    [Id(4)]
    public bool Destroyed { get; set; }
}
