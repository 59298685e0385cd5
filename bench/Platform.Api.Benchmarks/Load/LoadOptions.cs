namespace Platform.Api.Benchmarks.Load;

/// <summary>What one load run sends, to where, how hard and for how long.</summary>
internal sealed record LoadOptions
{
    /// <summary>Row name in the results table, e.g. <c>lookup-self</c>.</summary>
    public required string Label { get; init; }

    public required Uri Url { get; init; }

    public string Method { get; init; } = "GET";

    /// <summary>Extra request headers as <c>Name: value</c>.</summary>
    public IReadOnlyList<string> Headers { get; init; } = [];

    public string? Body { get; init; }

    public int Clients { get; init; } = 1;

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(8);

    public int ExpectedStatus { get; init; } = 200;

    /// <summary>The server's process id, to charge its CPU time to the requests; 0 when unknown.</summary>
    public int ServerPid { get; init; }
}
