using Platform.Kernel.Storage;

namespace Platform.Secrets.Grains.Indexes;

public sealed class LongIndexNodeGrain(
    [PersistentState("index", StorageSettings.ProviderName)] IPersistentState<IndexNodeState<long>> state)
    : IndexNodeGrain<long>(state), ILongIndexNodeGrain;
