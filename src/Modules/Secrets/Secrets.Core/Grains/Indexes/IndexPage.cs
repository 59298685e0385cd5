namespace Platform.Secrets.Grains.Indexes;

/// <summary>What a node answers to a read: its members, or that it is split and they live in its children.</summary>
[GenerateSerializer, Immutable]
public sealed record IndexPage<TValue>([property: Id(0)] bool IsSplit, [property: Id(1)] IndexEntry<TValue>[] Entries)
{
    public static readonly IndexPage<TValue> Split = new(true, []);
}
