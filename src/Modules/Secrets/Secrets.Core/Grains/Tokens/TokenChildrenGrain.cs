namespace Platform.Secrets.Grains.Tokens;

public sealed class TokenChildrenGrain(
    [PersistentState("children", Platform.Kernel.Storage.StorageSettings.ProviderName)] IPersistentState<TokenChildrenState> state)
    : Grain, ITokenChildrenGrain
{
    public async Task AddAsync(string childId)
    {
        if (state.State.Children.Add(childId))
        {
            await WriteOrForgetAsync();
        }
    }

    public async Task RemoveAsync(string childId)
    {
        if (state.State.Children.Remove(childId))
        {
            await WriteOrForgetAsync();
        }
    }

    public Task<string[]> ListAsync() => Task.FromResult(state.State.Children.ToArray());

    public async Task ClearAsync()
    {
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }

        state.State = new TokenChildrenState();
        DeactivateOnIdle();
    }

    // Memory must not run ahead of storage: on a failed write, drop the activation so the next call reloads.
    private async Task WriteOrForgetAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }
}
