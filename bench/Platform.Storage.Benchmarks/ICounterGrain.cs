namespace Platform.Storage.Benchmarks;

public interface ICounterGrain : IGrainWithIntegerKey
{
    /// <summary>Increments and persists; returns when the write is durable.</summary>
    Task IncrementAsync();
}
