using Platform.Kernel.Errors;
using Platform.Kernel.Storage;
using Platform.Secrets.Domain.Kv;

namespace Platform.Secrets.Grains.Kv;

/// <summary>
/// A KV v1 secret. Only a secret's first write and its delete touch the listing index (linked before the first
/// store, unlinked after the delete), so an overwrite costs one storage write.
/// </summary>
public sealed class KvV1EntryGrain(
    [PersistentState("kv1", StorageSettings.ProviderName)] IPersistentState<KvV1EntryState> state)
    : Grain, IKvV1EntryGrain
{
    public Task<byte[]?> GetAsync() => Task.FromResult(state.State.Value);

    public Task<bool> ExistsAsync() => Task.FromResult(state.State.Value is not null);

    public async Task PutAsync(byte[] value)
    {
        if (value.Length > KvLimits.MaxValueBytes)
        {
            throw new PayloadTooLargeException($"the secret is {value.Length} bytes: at most {KvLimits.MaxValueBytes} bytes fit in one secret");
        }

        var before = state.State.Value;
        if (before is null)
        {
            await KvListing.LinkAsync(GrainFactory, this.GetPrimaryKeyString());
        }

        state.State.Value = value;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Value = before;
            throw;
        }
    }

    public async Task DeleteAsync()
    {
        if (state.State.Value is null)
        {
            return;
        }

        await state.ClearStateAsync();
        await KvListing.UnlinkAsync(GrainFactory, this.GetPrimaryKeyString());
        DeactivateOnIdle();
    }

    public async Task ClearAsync()
    {
        await state.ClearStateAsync();
        DeactivateOnIdle();
    }
}
