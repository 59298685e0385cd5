namespace Platform.Secrets.Grains.Leases;

/// <summary>One member of a lease index node and its number.</summary>
[GenerateSerializer, Immutable]
public readonly record struct LeaseIndexEntry([property: Id(0)] string Member, [property: Id(1)] long Value);
