using Orleans.Concurrency;

namespace Platform.Secrets.Grains.Mounts;

/// <summary>
/// The cluster's mount tables in one activation (key <see cref="Key"/>): mounts are few and change rarely, and one
/// writer gives every change a single, growing version that each node's router cache compares against. The grain
/// keeps the table's own rules (no mount inside another, reserved names); engines own their data.
/// </summary>
public interface IMountTableGrain : IGrainWithStringKey
{
    const string Key = "mounts";

    [ReadOnly, AlwaysInterleave]
    Task<long> GetVersionAsync();

    [ReadOnly]
    Task<MountTableSnapshot> GetSnapshotAsync();

    /// <summary>Adds a mount. Fails (400) when its route path equals, contains or sits inside an existing one.</summary>
    Task<MountEntry> EnableAsync(MountEntry entry);

    /// <summary>Removes a mount and returns it (null when there was none); the caller then deletes its data.</summary>
    Task<MountEntry?> DisableAsync(MountTable table, string path);

    /// <summary>Replaces a mount's entry at the same path (tune).</summary>
    Task<MountEntry> UpdateAsync(MountEntry entry);

    /// <summary>Moves a mount to another path of the same table, keeping its uuid (and so its data). Returns the record.</summary>
    Task<RemountRecord> RemountAsync(MountTable table, string from, string to);

    [ReadOnly]
    Task<RemountRecord?> GetRemountAsync(string migrationId);
}
