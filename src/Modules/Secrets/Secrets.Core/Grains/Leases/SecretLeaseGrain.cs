using Platform.Kernel.Errors;
using Platform.Kernel.Storage;

namespace Platform.Secrets.Grains.Leases;

public sealed class SecretLeaseGrain(
    [PersistentState("secret-lease", StorageSettings.ProviderName)] IPersistentState<SecretLeaseState> state)
    : Grain, ISecretLeaseGrain
{
    public async Task CreateAsync(SecretLease lease)
    {
        if (state.State.Lease is not null)
        {
            throw new ConflictException("a lease with this ID already exists");
        }

        await WriteAsync(lease);
    }

    public Task<SecretLease?> LookupAsync() => Task.FromResult(state.State.Lease);

    public async Task<SecretLease> RenewedAsync(DateTimeOffset expireTime, DateTimeOffset renewedAt)
    {
        var lease = state.State.Lease ?? throw new ValidationException("lease not found");
        var renewed = lease with { ExpireTime = expireTime, LastRenewalTime = renewedAt };
        await WriteAsync(renewed);
        return renewed;
    }

    public async Task ForgetAsync()
    {
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }

        state.State = new SecretLeaseState();
        DeactivateOnIdle();
    }

    private async Task WriteAsync(SecretLease lease)
    {
        var previous = state.State.Lease;
        state.State.Lease = lease;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Lease = previous;
            throw;
        }
    }
}
