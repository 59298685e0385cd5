using Platform.Kernel.Storage;

namespace Platform.Secrets.Grains.Indexes;

public sealed class StringIndexNodeGrain(
    [PersistentState("index", StorageSettings.ProviderName)] IPersistentState<IndexNodeState<string>> state)
    : IndexNodeGrain<string>(state), IStringIndexNodeGrain;
