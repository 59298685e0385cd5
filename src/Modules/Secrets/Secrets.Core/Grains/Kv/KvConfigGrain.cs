using Platform.Kernel.Storage;

namespace Platform.Secrets.Grains.Kv;

/// <summary>Holds a KV v2 mount's config.</summary>
public sealed class KvConfigGrain(
    [PersistentState("kvconfig", StorageSettings.ProviderName)] IPersistentState<KvConfigState> state)
    : Grain, IKvConfigGrain
{
    public Task<KvEngineConfig> GetAsync() => Task.FromResult(state.State.Config ?? KvEngineConfig.Default);

    public async Task SetAsync(KvEngineConfig config)
    {
        var before = state.State.Config;
        state.State.Config = config;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Config = before;
            throw;
        }
    }

    public async Task ClearAsync()
    {
        await state.ClearStateAsync();
        DeactivateOnIdle();
    }
}
