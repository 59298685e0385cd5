using Platform.Kernel.Storage;

namespace Platform.Kernel.Tests.Support;

public sealed class MarkerGrain([PersistentState("marker", StorageSettings.ProviderName)] IPersistentState<MarkerState> state)
    : Grain, IMarkerGrain, IRemindable
{
    public async Task SetAsync(string value)
    {
        var previous = state.State.Value;
        state.State.Value = value;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Memory must not run ahead of storage.
            state.State.Value = previous;
            throw;
        }
    }

    public Task<string?> GetAsync() => Task.FromResult(state.State.Value);

    public async Task ClearAsync()
    {
        await state.ClearStateAsync();
        state.State = new MarkerState();
    }

    public Task RegisterReminderAsync(string name) =>
        this.RegisterOrUpdateReminder(name, TimeSpan.FromHours(1), TimeSpan.FromHours(1));

    public async Task<IReadOnlyList<string>> ReminderNamesAsync() =>
        (await this.GetReminders()).Select(r => r.ReminderName).Order().ToList();

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;
}
