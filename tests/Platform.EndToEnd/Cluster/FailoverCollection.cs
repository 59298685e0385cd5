namespace Platform.EndToEnd.Cluster;

/// <summary>
/// Failover tests run alone, after the parallel ones: the time a survivor takes over is measured and reported, and
/// on two shared cores it should not include other tests' servers starting up.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FailoverCollection
{
    public const string Name = "Failover";
}
