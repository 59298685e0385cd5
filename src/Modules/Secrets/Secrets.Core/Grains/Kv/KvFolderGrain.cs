using Platform.Kernel.Storage;
using Platform.Secrets.Domain.Kv;

namespace Platform.Secrets.Grains.Kv;

/// <summary>
/// A listing folder. Order of writes: a new entry is linked into the parent before it is stored here, and an emptied
/// folder is stored empty before it is unlinked, so a crash between the two leaves at worst an empty folder listed
/// (LIST of it answers 404), never a stored entry that no listing reaches.
/// </summary>
public sealed class KvFolderGrain(
    [PersistentState("kvfolder", StorageSettings.ProviderName)] IPersistentState<KvFolderState> state)
    : Grain, IKvFolderGrain
{
    public async Task AddAsync(string entry)
    {
        if (state.State.Entries.Contains(entry))
        {
            return;
        }

        if (state.State.Entries.Count == 0 && Parent() is { } parent)
        {
            await GrainFactory.GetGrain<IKvFolderGrain>(parent.Key).AddAsync(parent.Entry);
        }

        state.State.Entries.Add(entry);
        await WriteOrRestoreAsync(() => state.State.Entries.Remove(entry));
    }

    public async Task RemoveAsync(string entry)
    {
        if (!state.State.Entries.Remove(entry))
        {
            return;
        }

        if (state.State.Entries.Count > 0)
        {
            await WriteOrRestoreAsync(() => state.State.Entries.Add(entry));
            return;
        }

        try
        {
            await state.ClearStateAsync();
        }
        catch
        {
            state.State.Entries.Add(entry);
            throw;
        }

        if (Parent() is { } parent)
        {
            await GrainFactory.GetGrain<IKvFolderGrain>(parent.Key).RemoveAsync(parent.Entry);
        }
    }

    public Task<IReadOnlyList<string>> ListAsync() => Task.FromResult<IReadOnlyList<string>>(state.State.Entries.ToArray());

    public async Task ClearAsync()
    {
        await state.ClearStateAsync();
        DeactivateOnIdle();
    }

    private (string Key, string Entry)? Parent()
    {
        var (uuid, folder) = KvGrainKey.Parse(this.GetPrimaryKeyString());
        return KvKeyPath.ParentOf(folder) is { } parent ? (KvGrainKey.Of(uuid, parent.Parent), parent.Entry) : null;
    }

    private async Task WriteOrRestoreAsync(Action undo)
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
