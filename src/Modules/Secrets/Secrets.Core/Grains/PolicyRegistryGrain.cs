using Platform.Kernel.Errors;
using Platform.Kernel.Storage;
using Platform.Secrets.Domain.Policies;

namespace Platform.Secrets.Grains;

/// <summary>
/// Holds the policies. On first activation it writes Vault's shipped <c>default</c> policy, as Vault does on first
/// unseal. A failed write restores the previous memory so the grain never serves what storage does not have.
/// </summary>
public sealed class PolicyRegistryGrain(
    [PersistentState("policies", StorageSettings.ProviderName)] IPersistentState<PolicyRegistryState> state)
    : Grain, IPolicyRegistryGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!state.State.Policies.ContainsKey(BuiltInPolicies.Default))
        {
            await ChangeAsync(policies => policies[BuiltInPolicies.Default] = BuiltInPolicies.DefaultText);
        }
    }

    public Task<long> GetVersionAsync() => Task.FromResult(state.State.Version);

    public Task<PolicySnapshot> GetSnapshotAsync() =>
        Task.FromResult(new PolicySnapshot(state.State.Version, new Dictionary<string, string>(state.State.Policies, StringComparer.Ordinal)));

    public Task<string?> GetAsync(string name) => Task.FromResult(state.State.Policies.GetValueOrDefault(name));

    public Task<long> PutAsync(string name, string text)
    {
        if (name == BuiltInPolicies.Root)
        {
            throw new ValidationException("cannot update \"root\" policy");
        }

        return ChangeAsync(policies => policies[name] = text);
    }

    public Task<long> DeleteAsync(string name)
    {
        if (name is BuiltInPolicies.Root or BuiltInPolicies.Default)
        {
            throw new ValidationException($"cannot delete \"{name}\" policy");
        }

        return state.State.Policies.ContainsKey(name) ? ChangeAsync(policies => policies.Remove(name)) : Task.FromResult(state.State.Version);
    }

    private async Task<long> ChangeAsync(Action<Dictionary<string, string>> change)
    {
        var before = new Dictionary<string, string>(state.State.Policies, StringComparer.Ordinal);
        var version = state.State.Version;
        change(state.State.Policies);
        state.State.Version = version + 1;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Policies = before;
            state.State.Version = version;
            throw;
        }

        return state.State.Version;
    }
}
