namespace Platform.Kernel.Tests.Support;

/// <summary>A grain with one persisted string and reminders, to drive the storage providers through a real silo.</summary>
public interface IMarkerGrain : IGrainWithStringKey
{
    Task SetAsync(string value);

    Task<string?> GetAsync();

    Task ClearAsync();

    Task RegisterReminderAsync(string name);

    Task<IReadOnlyList<string>> ReminderNamesAsync();
}
