namespace Platform.Secrets.Grains.Indexes;

/// <summary>An index node's persisted state (behind the barrier). Never renumber the ids.</summary>
[GenerateSerializer]
public sealed class IndexNodeState<TValue>
{
    /// <summary>The members as earlier versions stored them; read when <see cref="Packed"/> is absent, never written.</summary>
    [Id(0)]
    public Dictionary<string, TValue>? Entries { get; set; }

    /// <summary>Set once the members moved to the 16 children; a split node stays split until cleared.</summary>
    [Id(1)]
    public bool IsSplit { get; set; }

    /// <summary>The members, <see cref="IndexNodePacking"/>-encoded.</summary>
    [Id(2)]
    public byte[]? Packed { get; set; }
}
