using Platform.Kernel.Storage;

namespace Platform.Secrets.Grains.Auth;

public sealed class AuthNameIndexGrain(
    [PersistentState("authnames", StorageSettings.ProviderName)] IPersistentState<AuthNameIndexState> state)
    : Grain, IAuthNameIndexGrain
{
    public async Task AddAsync(string name)
    {
        if (state.State.Names.Add(name))
        {
            await WriteOrUndoAsync(() => state.State.Names.Remove(name));
        }
    }

    public async Task RemoveAsync(string name)
    {
        if (state.State.Names.Remove(name))
        {
            await WriteOrUndoAsync(() => state.State.Names.Add(name));
        }
    }

    public Task<string[]> ListAsync() => Task.FromResult(state.State.Names.ToArray());

    public async Task ClearAsync()
    {
        await state.ClearStateAsync();
        state.State = new AuthNameIndexState();
        DeactivateOnIdle();
    }

    private async Task WriteOrUndoAsync(Action undo)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            undo();
            throw;
        }
    }
}
