namespace Platform.Storage.Benchmarks;

/// <summary>About the size of a token record: a counter and a ~200-byte payload.</summary>
[GenerateSerializer, Alias("Platform.Storage.Benchmarks.CounterState")]
public sealed class CounterState
{
    [Id(0)]
    public long Count { get; set; }

    [Id(1)]
    public string Payload { get; set; } = new('x', 200);
}
