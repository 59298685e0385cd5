using Platform.Kernel.Storage;

namespace Platform.Storage.Benchmarks;

public sealed class CounterGrain([PersistentState("counter", StorageSettings.ProviderName)] IPersistentState<CounterState> state)
    : Grain, ICounterGrain
{
    public async Task IncrementAsync()
    {
        state.State.Count++;
        await state.WriteStateAsync();
    }
}
