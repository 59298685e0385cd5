using Platform.Kernel.Errors;

namespace Platform.Secrets.Domain.Kv;

/// <summary>
/// A KV v2 secret's metadata and versions, with Vault's rules: check-and-set, version pruning past max_versions,
/// soft delete and undelete, destroy, delete_version_after. Pure: the caller passes the time and persists the result.
/// Messages are Vault's (clients and users match on them).
/// </summary>
public sealed class KvSecretHistory
{
    private readonly SortedDictionary<int, KvVersion> _versions;

    public KvSecretHistory(
        int currentVersion,
        int maxVersions,
        bool casRequired,
        TimeSpan deleteVersionAfter,
        IReadOnlyDictionary<string, string> customMetadata,
        DateTimeOffset createdTime,
        DateTimeOffset updatedTime,
        IEnumerable<KvVersion> versions,
        int oldestVersion = 0)
    {
        OldestVersion = oldestVersion;
        CurrentVersion = currentVersion;
        MaxVersions = maxVersions;
        CasRequired = casRequired;
        DeleteVersionAfter = deleteVersionAfter;
        CustomMetadata = new Dictionary<string, string>(customMetadata, StringComparer.Ordinal);
        CreatedTime = createdTime;
        UpdatedTime = updatedTime;
        _versions = new SortedDictionary<int, KvVersion>(versions.ToDictionary(v => v.Number));
    }

    public static KvSecretHistory Empty(DateTimeOffset now) =>
        new(0, 0, false, TimeSpan.Zero, new Dictionary<string, string>(), now, now, []);

    public int CurrentVersion { get; private set; }

    /// <summary>The secret's own setting; 0 falls back to the mount's, then to the engine default.</summary>
    public int MaxVersions { get; private set; }

    public bool CasRequired { get; private set; }

    public TimeSpan DeleteVersionAfter { get; private set; }

    public Dictionary<string, string> CustomMetadata { get; private set; }

    /// <summary>The key's creation: the first version's created_time, as Vault's metadata reports it.</summary>
    public DateTimeOffset CreatedTime { get; private set; }

    public DateTimeOffset UpdatedTime { get; private set; }

    /// <summary>
    /// Vault's <c>oldest_version</c>: 0 until versions are pruned past max_versions, then the lowest version kept.
    /// </summary>
    public int OldestVersion { get; private set; }

    public IReadOnlyCollection<KvVersion> Versions => _versions.Values;

    /// <summary>Writes a new version. <paramref name="cas"/>: 0 = only if no version exists, N = only if the current version is N.</summary>
    public KvVersion Write(byte[] data, int? cas, KvMountSettings mount, DateTimeOffset now)
    {
        if (cas is null && (CasRequired || mount.CasRequired))
        {
            throw new ValidationException("check-and-set parameter required for this call");
        }

        if (cas is { } expected && expected != CurrentVersion)
        {
            throw new ValidationException("check-and-set parameter did not match the current version");
        }

        if (data.Length > KvLimits.MaxValueBytes)
        {
            throw new PayloadTooLargeException($"the secret's data is {data.Length} bytes: at most {KvLimits.MaxValueBytes} bytes fit in one version");
        }

        var kept = _versions.Values.OrderByDescending(v => v.Number).Take(EffectiveMaxVersions(mount) - 1).Sum(v => v.Data?.Length ?? 0);
        if (kept + data.Length > KvLimits.MaxHistoryBytes)
        {
            throw new PayloadTooLargeException($"the secret's kept versions would hold {kept + data.Length} bytes: at most {KvLimits.MaxHistoryBytes} bytes fit in one secret; lower max_versions or store less");
        }

        var deleteAfter = EffectiveDeleteVersionAfter(mount);
        var version = new KvVersion(CurrentVersion + 1, data, now, deleteAfter > TimeSpan.Zero ? now + deleteAfter : null, false);
        if (CurrentVersion == 0)
        {
            // Vault stamps the key with its first version's time, so metadata created_time equals versions["1"]'s
            // (clients compare them); the caller's clock may have moved since this history was started.
            CreatedTime = now;
        }

        _versions[version.Number] = version;
        CurrentVersion = version.Number;
        UpdatedTime = now;
        SlideWindow(mount);
        return version;
    }

    /// <summary>The version asked for (0 or null: the current one), or null when it never existed or was pruned.</summary>
    public KvVersion? Read(int? version) =>
        _versions.TryGetValue(version is null or 0 ? CurrentVersion : version.Value, out var found) ? found : null;

    /// <summary>Soft-deletes versions (none given: the current one). Destroyed or unknown versions are left alone, as in Vault.</summary>
    public void Delete(IEnumerable<int>? versions, DateTimeOffset now)
    {
        foreach (var number in versions ?? [CurrentVersion])
        {
            if (_versions.TryGetValue(number, out var version) && !version.Destroyed && !version.IsDeleted(now))
            {
                _versions[number] = version with { DeletionTime = now };
            }
        }
    }

    /// <summary>
    /// Restores versions. With a delete_version_after in force the restored version gets a new deletion time counted
    /// from now, as Vault's undelete does, rather than living forever.
    /// </summary>
    public void Undelete(IEnumerable<int> versions, KvMountSettings mount, DateTimeOffset now)
    {
        var deleteAfter = EffectiveDeleteVersionAfter(mount);
        foreach (var number in versions)
        {
            if (_versions.TryGetValue(number, out var version) && !version.Destroyed)
            {
                _versions[number] = version with { DeletionTime = deleteAfter > TimeSpan.Zero ? now + deleteAfter : null };
            }
        }
    }

    /// <summary>Removes the data of versions for good; their metadata stays with <c>destroyed: true</c>.</summary>
    public void Destroy(IEnumerable<int> versions)
    {
        foreach (var number in versions)
        {
            if (_versions.TryGetValue(number, out var version))
            {
                _versions[number] = version with { Data = null, Destroyed = true };
            }
        }
    }

    /// <summary>
    /// <c>metadata/</c> write: only the fields given change. As in Vault, nothing is pruned until the next version is
    /// written, and updated_time (the last version's creation, like delete, undelete and destroy leave it) stays.
    /// </summary>
    public void Configure(int? maxVersions, bool? casRequired, TimeSpan? deleteVersionAfter, IReadOnlyDictionary<string, string>? customMetadata)
    {
        if (maxVersions is < 0)
        {
            throw new ValidationException("max_versions must be zero or positive");
        }

        if (customMetadata is not null)
        {
            KvCustomMetadataRules.Validate(customMetadata);
            CustomMetadata = new Dictionary<string, string>(customMetadata, StringComparer.Ordinal);
        }

        MaxVersions = maxVersions ?? MaxVersions;
        CasRequired = casRequired ?? CasRequired;
        DeleteVersionAfter = deleteVersionAfter ?? DeleteVersionAfter;
    }

    /// <summary>
    /// Versions kept: the larger of the secret's and the mount's max_versions, or the engine default when neither is
    /// set (Vault's KeyMetadata.AddVersion takes <c>max(k.MaxVersions, configMaxVersions)</c>).
    /// </summary>
    public int EffectiveMaxVersions(KvMountSettings mount) =>
        Math.Max(MaxVersions, mount.MaxVersions) is var larger and > 0 ? larger : KvMountSettings.EngineDefaultMaxVersions;

    /// <summary>
    /// The shorter of the secret's and the mount's delete_version_after where both are set, else whichever is (Vault's
    /// deletionTime: "the minimum non-zero value of mount or meta"); zero: versions are never deleted by time.
    /// </summary>
    private TimeSpan EffectiveDeleteVersionAfter(KvMountSettings mount) =>
        (DeleteVersionAfter > TimeSpan.Zero, mount.DeleteVersionAfter > TimeSpan.Zero) switch
        {
            (true, true) => DeleteVersionAfter < mount.DeleteVersionAfter ? DeleteVersionAfter : mount.DeleteVersionAfter,
            (true, false) => DeleteVersionAfter,
            (false, true) => mount.DeleteVersionAfter,
            _ => TimeSpan.Zero,
        };

    /// <summary>
    /// Vault's sliding window, run after each new version (and only then: lowering max_versions prunes at the next
    /// write): once current - oldest reaches the limit, every version up to current - limit goes and oldest_version
    /// becomes the one after it. So oldest_version is 1, not 0, as soon as the window is full.
    /// </summary>
    private void SlideWindow(KvMountSettings mount)
    {
        var keep = EffectiveMaxVersions(mount);
        if (CurrentVersion - OldestVersion < keep)
        {
            return;
        }

        var lastToDelete = CurrentVersion - keep;
        foreach (var number in _versions.Keys.Where(number => number <= lastToDelete).ToList())
        {
            _versions.Remove(number);
        }

        OldestVersion = lastToDelete + 1;
    }
}
