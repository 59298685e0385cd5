using Platform.Kernel.Errors;
using Platform.Kernel.Storage;

namespace Platform.Secrets.Grains.Mounts;

/// <summary>
/// Holds the mount tables. A failed write restores the previous list so the grain never serves what storage does
/// not have.
/// </summary>
public sealed class MountTableGrain(
    [PersistentState("mounts", StorageSettings.ProviderName)] IPersistentState<MountTableState> state)
    : Grain, IMountTableGrain
{
    public Task<long> GetVersionAsync() => Task.FromResult(state.State.Version);

    public Task<MountTableSnapshot> GetSnapshotAsync() =>
        Task.FromResult(new MountTableSnapshot(state.State.Version, state.State.Mounts.ToArray()));

    public async Task<MountEntry> EnableAsync(MountEntry entry)
    {
        var route = entry.RoutePath;
        if (state.State.Mounts.FirstOrDefault(m => Overlaps(m.RoutePath, route)) is { } existing)
        {
            throw new ValidationException(existing.RoutePath == route
                ? $"path is already in use at {route}"
                : $"existing mount at {existing.RoutePath}");
        }

        await ChangeAsync(mounts => mounts.Add(entry));
        return entry;
    }

    public async Task<MountEntry?> DisableAsync(MountTable table, string path)
    {
        var index = state.State.Mounts.FindIndex(m => m.Table == table && m.Path == path);
        if (index < 0)
        {
            return null;
        }

        var removed = state.State.Mounts[index];
        await ChangeAsync(mounts => mounts.RemoveAt(index));
        return removed;
    }

    public async Task<MountEntry> UpdateAsync(MountEntry entry)
    {
        var index = state.State.Mounts.FindIndex(m => m.Table == entry.Table && m.Path == entry.Path);
        if (index < 0)
        {
            throw new ValidationException($"no mount at {entry.RoutePath}");
        }

        await ChangeAsync(mounts => mounts[index] = entry);
        return entry;
    }

    private static bool Overlaps(string a, string b) =>
        a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    private async Task ChangeAsync(Action<List<MountEntry>> change)
    {
        var before = state.State.Mounts.ToList();
        var version = state.State.Version;
        change(state.State.Mounts);
        state.State.Version = version + 1;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Mounts = before;
            state.State.Version = version;
            throw;
        }
    }
}
