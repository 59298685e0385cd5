using Platform.Secrets.Grains.Mounts;

namespace Platform.Secrets.Application.Routing;

/// <summary>
/// This node's copy of the mount tables and the longest-prefix match that routes a request path to its mount and
/// backend, so routing costs no grain call per request. Freshness: a change through this node calls
/// <see cref="Invalidate"/>; changes made through another node are seen at the latest <see cref="RefreshInterval"/>
/// later, when the copy next compares its version with the grain's.
/// </summary>
internal sealed class MountRouter(IGrainFactory grains, IEnumerable<ILogicalBackend> backends, TimeProvider time)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(1);

    private readonly Dictionary<(MountTable, string), ILogicalBackend> _backends =
        backends.ToDictionary(b => (b.Table, b.Type));

    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile Generation? _current;

    /// <summary>Whether a backend serves mounts of this type in this table (for enabling).</summary>
    public bool HasBackend(MountTable table, string type) => _backends.ContainsKey((table, type));

    public ILogicalBackend BackendOf(MountEntry mount) =>
        _backends.TryGetValue((mount.Table, mount.Type), out var backend)
            ? backend
            : throw new InvalidOperationException($"No backend serves mounts of type '{mount.Type}' in the {mount.Table} table.");

    /// <summary>The mount <paramref name="path"/> (no leading slash) falls under, or null when none does.</summary>
    public async ValueTask<ResolvedMount?> ResolveAsync(string path, CancellationToken cancellationToken)
    {
        var generation = await CurrentAsync(cancellationToken);
        foreach (var mount in generation.ByLongestRoute)
        {
            var route = mount.RoutePath;
            if (path.StartsWith(route, StringComparison.Ordinal))
            {
                return new ResolvedMount(mount, path[route.Length..], BackendOf(mount));
            }

            if (path.Length + 1 == route.Length && route.StartsWith(path, StringComparison.Ordinal))
            {
                return new ResolvedMount(mount, "", BackendOf(mount));
            }
        }

        return null;
    }

    public async ValueTask<IReadOnlyList<MountEntry>> MountsAsync(CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).ByLongestRoute;

    /// <summary>Forget the copy: the next request reloads (called after every change made through this node).</summary>
    public void Invalidate() => _current = null;

    private async ValueTask<Generation> CurrentAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && time.GetUtcNow() - current.CheckedAt < RefreshInterval)
        {
            return current;
        }

        await _reload.WaitAsync(cancellationToken);
        try
        {
            current = _current;
            if (current is not null && time.GetUtcNow() - current.CheckedAt < RefreshInterval)
            {
                return current;
            }

            var table = grains.GetGrain<IMountTableGrain>(IMountTableGrain.Key);
            if (current is not null && await table.GetVersionAsync() == current.Version)
            {
                _current = current with { CheckedAt = time.GetUtcNow() };
                return _current;
            }

            var snapshot = await table.GetSnapshotAsync();
            _current = new Generation(
                snapshot.Version,
                time.GetUtcNow(),
                snapshot.Mounts.OrderByDescending(m => m.RoutePath.Length).ThenBy(m => m.RoutePath, StringComparer.Ordinal).ToArray());
            return _current;
        }
        finally
        {
            _reload.Release();
        }
    }

    private sealed record Generation(long Version, DateTimeOffset CheckedAt, IReadOnlyList<MountEntry> ByLongestRoute);
}
