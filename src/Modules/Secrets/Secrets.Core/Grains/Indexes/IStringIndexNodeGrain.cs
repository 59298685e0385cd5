namespace Platform.Secrets.Grains.Indexes;

/// <summary>An index node whose members carry a string (an accessor's token id).</summary>
public interface IStringIndexNodeGrain : IIndexNodeGrain<string>;
