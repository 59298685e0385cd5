namespace Platform.Secrets.Grains.Indexes;

/// <summary>An index node whose members carry a number: a deadline in ticks, or 0 for none.</summary>
public interface ILongIndexNodeGrain : IIndexNodeGrain<long>;
