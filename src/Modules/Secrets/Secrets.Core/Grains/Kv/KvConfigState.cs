namespace Platform.Secrets.Grains.Kv;

/// <summary>Persisted state of <see cref="KvConfigGrain"/>; null = the engine defaults.</summary>
[GenerateSerializer]
public sealed class KvConfigState
{
    [Id(0)]
    public KvEngineConfig? Config { get; set; }
}
