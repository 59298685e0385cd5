namespace Platform.Secrets.Grains.Tokens;

public sealed class AccessorIndexGrain(
    [PersistentState("accessors", Platform.Kernel.Storage.StorageSettings.ProviderName)] IPersistentState<AccessorIndexState> state)
    : Grain, IAccessorIndexGrain
{
    public async Task AddAsync(string accessor, string tokenId)
    {
        if (state.State.Tokens.TryGetValue(accessor, out var existing) && existing == tokenId)
        {
            return;
        }

        var previous = existing;
        state.State.Tokens[accessor] = tokenId;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Keep memory equal to storage.
            if (previous is null)
            {
                state.State.Tokens.Remove(accessor);
            }
            else
            {
                state.State.Tokens[accessor] = previous;
            }

            throw;
        }
    }

    public Task<string?> ResolveAsync(string accessor) =>
        Task.FromResult(state.State.Tokens.TryGetValue(accessor, out var tokenId) ? tokenId : null);

    public async Task RemoveAsync(string accessor)
    {
        if (!state.State.Tokens.Remove(accessor, out var tokenId))
        {
            return;
        }

        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Tokens[accessor] = tokenId;
            throw;
        }
    }

    public Task<string[]> ListAsync() => Task.FromResult(state.State.Tokens.Keys.ToArray());
}
