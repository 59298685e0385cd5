namespace Platform.Secrets.Grains.Indexes;

/// <summary>An index node's persisted state (behind the barrier). Never renumber the ids.</summary>
[GenerateSerializer]
public sealed class IndexNodeState<TValue>
{
    [Id(0)]
    public Dictionary<string, TValue> Entries { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Set once the members moved to the 16 children; a split node stays split until cleared.</summary>
    [Id(1)]
    public bool IsSplit { get; set; }
}
