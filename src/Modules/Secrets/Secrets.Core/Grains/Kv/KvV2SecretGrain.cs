using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Kernel.Errors;
using Platform.Kernel.Http;
using Platform.Kernel.Storage;
using Platform.Secrets.Domain.Kv;

namespace Platform.Secrets.Grains.Kv;

/// <summary>
/// A KV v2 secret. The rules live in <see cref="KvSecretHistory"/>; this grain loads it from state, applies one
/// change, and stores it (restoring the previous state when the write fails). Like v1, only the first write and the
/// final delete touch the listing index. Reads are served from a <see cref="KvSecretSnapshot"/> of the stored state,
/// which the grain also publishes in <see cref="LocalKvSecrets"/> for readers on its node: withdrawn before every
/// change, published again once the change is stored.
/// </summary>
public sealed class KvV2SecretGrain(
    [PersistentState("kv2", StorageSettings.ProviderName)] IPersistentState<KvV2SecretState> state,
    TimeProvider time,
    LocalKvSecrets local)
    : Grain, IKvV2SecretGrain
{
    private KvSecretSnapshot? _snapshot;

    private string Key => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Publish();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_snapshot is not null)
        {
            local.Withdraw(Key, _snapshot);
        }

        return Task.CompletedTask;
    }

    public Task<bool> ExistsAsync() => Task.FromResult(state.State.Exists);

    public Task<KvVersionRead?> ReadAsync(int? version) =>
        Task.FromResult(_snapshot?.Read(version, time.GetUtcNow()));

    public Task<KvVersionRead> WriteAsync(byte[] data, int? cas, KvEngineConfig config) =>
        ChangeAsync(history => ToRead(history.Write(data, cas, config.ToSettings(), time.GetUtcNow()), time.GetUtcNow()));

    public Task<KvVersionRead> PatchAsync(byte[] patch, int? cas, KvEngineConfig config) =>
        ChangeAsync(history =>
        {
            var now = time.GetUtcNow();
            var current = history.Read(null);
            if (!state.State.Exists || current is null || !current.IsReadable(now) || current.Data is null)
            {
                throw new NotFoundException("");
            }

            var merged = JsonMergePatch.Apply(JsonNode.Parse(current.Data), JsonNode.Parse(patch));
            return ToRead(history.Write(JsonSerializer.SerializeToUtf8Bytes(GoJsonKeyOrder.Sorted(merged)), cas, config.ToSettings(), now), now);
        });

    public Task DeleteVersionsAsync(int[]? versions) =>
        state.State.Exists ? ChangeAsync(history => history.Delete(versions, time.GetUtcNow())) : Task.CompletedTask;

    public Task UndeleteAsync(int[] versions, KvEngineConfig config) =>
        state.State.Exists ? ChangeAsync(history => history.Undelete(versions, config.ToSettings(), time.GetUtcNow())) : Task.CompletedTask;

    public Task DestroyAsync(int[] versions) =>
        state.State.Exists ? ChangeAsync(history => history.Destroy(versions)) : Task.CompletedTask;

    public Task<KvSecretMetadata?> GetMetadataAsync()
    {
        var s = state.State;
        if (!s.Exists)
        {
            return Task.FromResult<KvSecretMetadata?>(null);
        }

        return Task.FromResult<KvSecretMetadata?>(new KvSecretMetadata(
            s.CurrentVersion, s.OldestVersion, s.MaxVersions, s.CasRequired, s.DeleteVersionAfter,
            new Dictionary<string, string>(s.CustomMetadata, StringComparer.Ordinal), s.CreatedTime, s.UpdatedTime,
            s.Versions.Select(v => new KvVersionInfo(v.Number, v.CreatedTime, v.DeletionTime, v.Destroyed)).ToArray()));
    }

    public Task WriteMetadataAsync(KvMetadataUpdate update) =>
        ChangeAsync(history => history.Configure(update.MaxVersions, update.CasRequired, update.DeleteVersionAfter, update.CustomMetadata));

    public async Task<bool> PatchMetadataAsync(KvMetadataPatch patch)
    {
        if (!state.State.Exists)
        {
            return false;
        }

        await ChangeAsync(history => history.Configure(
            patch.MaxVersions,
            patch.CasRequired,
            patch.DeleteVersionAfter,
            patch.CustomMetadata is null ? null : KvCustomMetadataPatch.Apply(history.CustomMetadata, patch.CustomMetadata)));
        return true;
    }

    public async Task DeleteAllAsync()
    {
        if (!state.State.Exists)
        {
            return;
        }

        Withdraw();
        try
        {
            await state.ClearStateAsync();
        }
        finally
        {
            Publish();
        }

        await KvListing.UnlinkAsync(GrainFactory, this.GetPrimaryKeyString());
        DeactivateOnIdle();
    }

    public async Task ClearAsync()
    {
        Withdraw();
        try
        {
            await state.ClearStateAsync();
        }
        finally
        {
            Publish();
        }

        DeactivateOnIdle();
    }

    private KvSecretHistory History()
    {
        var s = state.State;
        return s.Exists
            ? new KvSecretHistory(
                s.CurrentVersion, s.MaxVersions, s.CasRequired, s.DeleteVersionAfter, s.CustomMetadata, s.CreatedTime, s.UpdatedTime,
                s.Versions.Select(v => new KvVersion(v.Number, v.Data, v.CreatedTime, v.DeletionTime, v.Destroyed)),
                s.OldestVersion)
            : KvSecretHistory.Empty(time.GetUtcNow());
    }

    private Task ChangeAsync(Action<KvSecretHistory> change) => ChangeAsync<object?>(history =>
    {
        change(history);
        return null;
    });

    /// <summary>
    /// Runs one change with this node's copy of the secret withdrawn: no reader can find the state before the change
    /// once the change is acknowledged. Afterwards the copy is rebuilt from the state in memory, which is the stored
    /// one after a success, and the unchanged one after a refusal or a failed write (the write restores it).
    /// </summary>
    private async Task<T> ChangeAsync<T>(Func<KvSecretHistory, T> change)
    {
        Withdraw();
        try
        {
            return await StoreChangeAsync(change);
        }
        finally
        {
            Publish();
        }
    }

    /// <summary>Runs one change on the history, links a new secret into the listing, and stores the result.</summary>
    private async Task<T> StoreChangeAsync<T>(Func<KvSecretHistory, T> change)
    {
        var history = History();
        var result = change(history);
        var isNew = !state.State.Exists;
        if (isNew)
        {
            await KvListing.LinkAsync(GrainFactory, this.GetPrimaryKeyString());
        }

        var before = state.State;
        state.State = new KvV2SecretState
        {
            Exists = true,
            CurrentVersion = history.CurrentVersion,
            OldestVersion = history.OldestVersion,
            MaxVersions = history.MaxVersions,
            CasRequired = history.CasRequired,
            DeleteVersionAfter = history.DeleteVersionAfter,
            CustomMetadata = history.CustomMetadata,
            CreatedTime = history.CreatedTime,
            UpdatedTime = history.UpdatedTime,
            Versions = history.Versions.Select(v => new KvVersionState
            {
                Number = v.Number, Data = v.Data, CreatedTime = v.CreatedTime, DeletionTime = v.DeletionTime, Destroyed = v.Destroyed,
            }).ToList(),
        };
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = before;
            throw;
        }

        return result;
    }

    /// <summary>Builds the snapshot of the state in memory (the stored one between changes) and publishes it for this node's readers.</summary>
    private void Publish()
    {
        var s = state.State;
        if (!s.Exists)
        {
            _snapshot = null;
            return;
        }

        _snapshot = new KvSecretSnapshot(
            s.CurrentVersion,
            s.Versions.Select(v => new KvVersion(v.Number, v.Data, v.CreatedTime, v.DeletionTime, v.Destroyed)),
            s.CustomMetadata);
        local.Publish(Key, _snapshot);
    }

    /// <summary>Takes this secret out of the node's copy; the grain keeps answering from its own state.</summary>
    private void Withdraw() => local.Withdraw(Key);

    private KvVersionRead ToRead(KvVersion version, DateTimeOffset now) => new(
        version.IsReadable(now) ? version.Data : null,
        new KvVersionInfo(version.Number, version.CreatedTime, version.DeletionTime, version.Destroyed),
        new Dictionary<string, string>(state.State.CustomMetadata, StringComparer.Ordinal));
}
