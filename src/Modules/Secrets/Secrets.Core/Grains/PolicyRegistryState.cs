namespace Platform.Secrets.Grains;

/// <summary>Persisted state of <see cref="PolicyRegistryGrain"/> (behind the barrier like every grain state).</summary>
[GenerateSerializer]
public sealed class PolicyRegistryState
{
    [Id(0)]
    public Dictionary<string, string> Policies { get; set; } = new(StringComparer.Ordinal);

    [Id(1)]
    public long Version { get; set; }
}
