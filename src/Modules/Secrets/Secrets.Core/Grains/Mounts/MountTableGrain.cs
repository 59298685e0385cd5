using Platform.Kernel.Errors;
using Platform.Kernel.Storage;
using Platform.Secrets.Domain.Mounts;

namespace Platform.Secrets.Grains.Mounts;

/// <summary>
/// Holds the mount tables. A failed write restores the previous lists so the grain never serves what storage does
/// not have. The built-in mounts are made on first activation (the node is unsealed then: a sealed node activates
/// nothing) so their uuid and accessor never change afterwards.
/// </summary>
public sealed class MountTableGrain(
    [PersistentState("mounts", StorageSettings.ProviderName)] IPersistentState<MountTableState> state)
    : Grain, IMountTableGrain
{
    private const int RemountsKept = 100;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.BuiltIns.Count == 0)
        {
            state.State.BuiltIns =
            [
                new MountEntry
                {
                    Table = MountTable.Secrets, Path = "sys/", Type = "system",
                    Description = "system endpoints used for control, policy and debugging",
                    Uuid = MountIdentifiers.NewUuid(), Accessor = MountIdentifiers.NewAccessor("system", auth: false),
                },
                new MountEntry
                {
                    Table = MountTable.Auth, Path = "token/", Type = "token",
                    Description = "token based credentials",
                    Uuid = MountIdentifiers.NewUuid(), Accessor = MountIdentifiers.NewAccessor("token", auth: true),
                },
            ];
            await state.WriteStateAsync(cancellationToken);
        }

        await base.OnActivateAsync(cancellationToken);
    }

    public Task<long> GetVersionAsync() => Task.FromResult(state.State.Version);

    public Task<MountTableSnapshot> GetSnapshotAsync() =>
        Task.FromResult(new MountTableSnapshot(state.State.Version, state.State.Mounts.ToArray(), state.State.BuiltIns.ToArray()));

    public async Task<MountEntry> EnableAsync(MountEntry entry)
    {
        EnsureFree(entry.RoutePath, except: null);
        await ChangeAsync(s => s.Mounts.Add(entry));
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
        await ChangeAsync(s => s.Mounts.RemoveAt(index));
        return removed;
    }

    public async Task<MountEntry> UpdateAsync(MountEntry entry)
    {
        var index = state.State.Mounts.FindIndex(m => m.Table == entry.Table && m.Path == entry.Path);
        if (index < 0)
        {
            throw new ValidationException($"no mount at {entry.RoutePath}");
        }

        await ChangeAsync(s => s.Mounts[index] = entry);
        return entry;
    }

    public async Task<RemountRecord> RemountAsync(MountTable table, string from, string to)
    {
        var index = state.State.Mounts.FindIndex(m => m.Table == table && m.Path == from);
        if (index < 0)
        {
            throw new ValidationException($"no matching mount at \"{(table == MountTable.Auth ? "auth/" : "")}{from}\"");
        }

        var moved = state.State.Mounts[index] with { Path = to };
        EnsureFree(moved.RoutePath, except: state.State.Mounts[index]);
        var record = new RemountRecord(Guid.NewGuid().ToString(), state.State.Mounts[index].RoutePath, moved.RoutePath, "success");
        await ChangeAsync(s =>
        {
            s.Mounts[index] = moved;
            s.Remounts.Add(record);
            if (s.Remounts.Count > RemountsKept)
            {
                s.Remounts.RemoveAt(0);
            }
        });
        return record;
    }

    public Task<RemountRecord?> GetRemountAsync(string migrationId) =>
        Task.FromResult(state.State.Remounts.FirstOrDefault(r => r.MigrationId == migrationId));

    private void EnsureFree(string route, MountEntry? except)
    {
        if (state.State.Mounts.Concat(state.State.BuiltIns).FirstOrDefault(m => !ReferenceEquals(m, except) && Overlaps(m.RoutePath, route)) is { } existing)
        {
            throw new ValidationException(existing.RoutePath == route
                ? $"path is already in use at {route}"
                : $"existing mount at {existing.RoutePath}");
        }
    }

    private static bool Overlaps(string a, string b) =>
        a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    private async Task ChangeAsync(Action<MountTableState> change)
    {
        var mounts = state.State.Mounts.ToList();
        var remounts = state.State.Remounts.ToList();
        var version = state.State.Version;
        change(state.State);
        state.State.Version = version + 1;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Mounts = mounts;
            state.State.Remounts = remounts;
            state.State.Version = version;
            throw;
        }
    }
}
