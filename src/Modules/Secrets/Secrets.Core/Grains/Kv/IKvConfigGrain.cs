using Orleans.Concurrency;

namespace Platform.Secrets.Grains.Kv;

/// <summary>A KV v2 mount's <c>config</c> (key: the mount's uuid).</summary>
public interface IKvConfigGrain : IGrainWithStringKey
{
    [ReadOnly, AlwaysInterleave]
    Task<KvEngineConfig> GetAsync();

    Task SetAsync(KvEngineConfig config);

    Task ClearAsync();
}
