using Platform.Kernel.Storage;

namespace Platform.Secrets.Grains.Auth;

public sealed class AuthRecordGrain<TRecord>(
    [PersistentState("authrecord", StorageSettings.ProviderName)] IPersistentState<AuthRecordState<TRecord>> state)
    : Grain, IAuthRecordGrain<TRecord>
    where TRecord : class
{
    public Task<TRecord?> GetAsync() => Task.FromResult(state.State.Record);

    public async Task PutAsync(TRecord record)
    {
        var previous = state.State.Record;
        state.State.Record = record;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Memory must never be ahead of storage.
            state.State.Record = previous;
            throw;
        }
    }

    public async Task<bool> DeleteAsync()
    {
        if (state.State.Record is null)
        {
            return false;
        }

        await state.ClearStateAsync();
        state.State = new AuthRecordState<TRecord>();
        DeactivateOnIdle();
        return true;
    }
}
