namespace Platform.Secrets.Grains.Indexes;

/// <summary>One member of an index node and its value.</summary>
[GenerateSerializer, Immutable]
public readonly record struct IndexEntry<TValue>([property: Id(0)] string Member, [property: Id(1)] TValue Value);
