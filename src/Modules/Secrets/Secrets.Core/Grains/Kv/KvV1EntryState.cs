namespace Platform.Secrets.Grains.Kv;

/// <summary>Persisted state of <see cref="KvV1EntryGrain"/>; null value = nothing stored.</summary>
[GenerateSerializer]
public sealed class KvV1EntryState
{
    [Id(0)]
    public byte[]? Value { get; set; }
}
