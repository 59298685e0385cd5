namespace Platform.Secrets.Grains.Leases;

/// <summary>What a node answers to a read: its members, or that it is split and they live in its children.</summary>
[GenerateSerializer, Immutable]
public sealed record LeaseIndexPage([property: Id(0)] bool IsSplit, [property: Id(1)] LeaseIndexEntry[] Entries)
{
    public static readonly LeaseIndexPage Split = new(true, []);
}
