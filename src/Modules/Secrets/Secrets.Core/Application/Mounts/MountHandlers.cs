using MediatR;
using Platform.Kernel.Errors;
using Platform.Secrets.Application.Leases;
using Platform.Secrets.Application.Routing;
using Platform.Secrets.Contracts.Mounts;
using Platform.Secrets.Domain.Mounts;
using Platform.Secrets.Grains.Mounts;

namespace Platform.Secrets.Application.Mounts;

internal sealed class ListMountsHandler(IGrainFactory grains) : IRequestHandler<ListMountsQuery, IReadOnlyDictionary<string, MountInfo>>
{
    public async Task<IReadOnlyDictionary<string, MountInfo>> Handle(ListMountsQuery request, CancellationToken cancellationToken)
    {
        var snapshot = await grains.GetGrain<IMountTableGrain>(IMountTableGrain.Key).GetSnapshotAsync();
        var table = request.Auth ? MountTable.Auth : MountTable.Secrets;
        return snapshot.BuiltIns.Concat(snapshot.Mounts)
            .Where(m => m.Table == table)
            .OrderBy(m => m.Path, StringComparer.Ordinal)
            .ToDictionary(m => m.Path, m => m.ToInfo(), StringComparer.Ordinal);
    }
}

internal sealed class ReadMountHandler(IGrainFactory grains) : IRequestHandler<ReadMountQuery, MountInfo>
{
    public async Task<MountInfo> Handle(ReadMountQuery request, CancellationToken cancellationToken) =>
        (await MountLookup.FindAsync(grains, request.Auth, request.Path)).ToInfo();
}

internal sealed class ReadMountTuneHandler(IGrainFactory grains) : IRequestHandler<ReadMountTuneQuery, MountTuneInfo>
{
    public async Task<MountTuneInfo> Handle(ReadMountTuneQuery request, CancellationToken cancellationToken) =>
        (await MountLookup.FindAsync(grains, request.Auth, request.Path)).ToTuneInfo();
}

internal sealed class EnableMountHandler(IGrainFactory grains, MountRouter router) : IRequestHandler<EnableMountCommand, Unit>
{
    public async Task<Unit> Handle(EnableMountCommand request, CancellationToken cancellationToken)
    {
        var table = request.Auth ? MountTable.Auth : MountTable.Secrets;
        var path = MountPath.Normalize(request.Path);
        var settings = request.Settings;
        var type = MountType.From(settings.Type, settings.PluginName, settings.Options);
        if (type.Type.Length == 0)
        {
            throw new ValidationException("plugin not found in the catalog: (no type given: set \"type\", e.g. \"kv\")");
        }

        if (!router.HasBackend(table, type.Type))
        {
            throw new ValidationException($"plugin not found in the catalog: {type.Type}");
        }

        MountTtls.Validate(settings.DefaultLeaseTtl, settings.MaxLeaseTtl);
        if (type.Type == MountType.Kv && type.Options.TryGetValue("version", out var version) && version is not ("1" or "2"))
        {
            throw new ValidationException($"invalid KV version \"{version}\": use \"1\" or \"2\"");
        }

        await grains.GetGrain<IMountTableGrain>(IMountTableGrain.Key).EnableAsync(new MountEntry
        {
            Table = table,
            Path = path,
            Type = type.Type,
            Description = settings.Description,
            Uuid = MountIdentifiers.NewUuid(),
            Accessor = MountIdentifiers.NewAccessor(type.Type, request.Auth),
            DefaultLeaseTtl = settings.DefaultLeaseTtl,
            MaxLeaseTtl = settings.MaxLeaseTtl,
            Options = type.Options,
            Local = settings.Local,
            SealWrap = settings.SealWrap,
        });
        router.Invalidate();
        return Unit.Value;
    }
}

/// <summary>
/// Removes the mount from the table first (so no new request reaches it), revokes its leases (through its engine,
/// and for an auth method the tokens its logins issued), then deletes its data through its backend. Vault answers
/// 204 when nothing was mounted there too.
/// </summary>
internal sealed class DisableMountHandler(IGrainFactory grains, MountRouter router, LeaseRevocation leases) : IRequestHandler<DisableMountCommand, Unit>
{
    public async Task<Unit> Handle(DisableMountCommand request, CancellationToken cancellationToken)
    {
        var table = request.Auth ? MountTable.Auth : MountTable.Secrets;
        var path = MountLookup.NormalizeExisting(request.Path);
        var removed = await grains.GetGrain<IMountTableGrain>(IMountTableGrain.Key).DisableAsync(table, path);
        router.Invalidate();
        if (removed is not null)
        {
            await leases.RevokeMountAsync(removed, cancellationToken);
        }

        if (removed is not null && router.HasBackend(removed.Table, removed.Type))
        {
            await router.BackendOf(removed).DeleteAllAsync(removed, cancellationToken);
        }

        return Unit.Value;
    }
}

internal sealed class TuneMountHandler(IGrainFactory grains, MountRouter router) : IRequestHandler<TuneMountCommand, Unit>
{
    public async Task<Unit> Handle(TuneMountCommand request, CancellationToken cancellationToken)
    {
        var entry = await MountLookup.FindAsync(grains, request.Auth, request.Path);
        if (entry.Type is "system" or "token")
        {
            throw new ValidationException($"cannot tune the built-in mount {entry.RoutePath}");
        }

        var tuning = request.Tuning;
        var defaultTtl = tuning.DefaultLeaseTtl ?? entry.DefaultLeaseTtl;
        var maxTtl = tuning.MaxLeaseTtl ?? entry.MaxLeaseTtl;
        MountTtls.Validate(defaultTtl, maxTtl);
        var options = new Dictionary<string, string>(entry.Options, StringComparer.Ordinal);
        foreach (var (key, value) in tuning.Options ?? new Dictionary<string, string>())
        {
            if (key == "version" && entry.Type == MountType.Kv && value != (entry.Options.GetValueOrDefault("version") ?? "1"))
            {
                // Vault upgrades a v1 mount's data in place; this platform keeps v1 and v2 data apart and has no
                // upgrade, so refuse rather than hide the v1 data behind an empty v2 engine.
                throw new ValidationException($"changing the KV version of {entry.RoutePath} is not supported: enable a new mount with options.version={value} and copy the data");
            }

            options[key] = value;
        }

        await grains.GetGrain<IMountTableGrain>(IMountTableGrain.Key).UpdateAsync(entry with
        {
            DefaultLeaseTtl = defaultTtl,
            MaxLeaseTtl = maxTtl,
            Description = tuning.Description ?? entry.Description,
            Options = options,
        });
        router.Invalidate();
        return Unit.Value;
    }
}

internal sealed class RemountHandler(IGrainFactory grains, MountRouter router) : IRequestHandler<RemountCommand, RemountStatus>
{
    public async Task<RemountStatus> Handle(RemountCommand request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.From) || string.IsNullOrWhiteSpace(request.To))
        {
            throw new ValidationException("both \"from\" and \"to\" must be set");
        }

        var fromAuth = IsAuthPath(request.From);
        if (fromAuth != IsAuthPath(request.To))
        {
            throw new ValidationException("cannot remount between secrets engines and auth methods: both paths or neither must start with auth/");
        }

        var from = MountLookup.NormalizeExisting(fromAuth ? StripAuth(request.From) : request.From);
        var to = MountPath.Normalize(fromAuth ? StripAuth(request.To) : request.To);
        var record = await grains.GetGrain<IMountTableGrain>(IMountTableGrain.Key)
            .RemountAsync(fromAuth ? MountTable.Auth : MountTable.Secrets, from, to);
        router.Invalidate();
        return new RemountStatus(record.MigrationId, record.SourceMount, record.TargetMount, record.Status);
    }

    private static bool IsAuthPath(string path) => path.TrimStart('/').StartsWith("auth/", StringComparison.Ordinal);

    private static string StripAuth(string path) => path.TrimStart('/')["auth/".Length..];
}

internal sealed class RemountStatusHandler(IGrainFactory grains) : IRequestHandler<RemountStatusQuery, RemountStatus>
{
    public async Task<RemountStatus> Handle(RemountStatusQuery request, CancellationToken cancellationToken)
    {
        var record = await grains.GetGrain<IMountTableGrain>(IMountTableGrain.Key).GetRemountAsync(request.MigrationId)
            ?? throw new NotFoundException($"no remount with migration id {request.MigrationId}");
        return new RemountStatus(record.MigrationId, record.SourceMount, record.TargetMount, record.Status);
    }
}

/// <summary>Finding a mount by the path a client gave (with or without slashes).</summary>
internal static class MountLookup
{
    public static async Task<MountEntry> FindAsync(IGrainFactory grains, bool auth, string path)
    {
        var table = auth ? MountTable.Auth : MountTable.Secrets;
        var normalized = NormalizeExisting(path);
        var snapshot = await grains.GetGrain<IMountTableGrain>(IMountTableGrain.Key).GetSnapshotAsync();
        return snapshot.Mounts.Concat(snapshot.BuiltIns).FirstOrDefault(m => m.Table == table && m.Path == normalized)
            ?? throw new ValidationException(auth ? $"No auth engine at {normalized}" : $"No secret engine mount at {normalized}");
    }

    /// <summary>Like <see cref="MountPath.Normalize"/> but without the reserved-name rule, which only applies to new mounts.</summary>
    public static string NormalizeExisting(string path)
    {
        var trimmed = path.Trim('/');
        if (trimmed.Length == 0)
        {
            throw new ValidationException("mount path cannot be empty");
        }

        return trimmed + "/";
    }
}

/// <summary>Vault's TTL rules for mounts: the default may not exceed the max, neither may exceed the system max.</summary>
internal static class MountTtls
{
    public static void Validate(TimeSpan defaultTtl, TimeSpan maxTtl)
    {
        if (defaultTtl < TimeSpan.Zero || maxTtl < TimeSpan.Zero)
        {
            throw new ValidationException("lease TTLs cannot be negative");
        }

        if (maxTtl > MountInfoMapping.SystemDefaultTtl)
        {
            throw new ValidationException($"given max_lease_ttl of {(long)maxTtl.TotalSeconds} is greater than the system max lease TTL of {(long)MountInfoMapping.SystemDefaultTtl.TotalSeconds}");
        }

        if (defaultTtl > (maxTtl > TimeSpan.Zero ? maxTtl : MountInfoMapping.SystemDefaultTtl))
        {
            throw new ValidationException("given default_lease_ttl is greater than the max_lease_ttl");
        }
    }
}
