namespace Platform.Secrets.Grains.Mounts;

/// <summary>
/// One mounted engine or auth method, as <c>sys/mounts</c> and <c>sys/auth</c> report it. <see cref="Path"/> is the
/// mount point within its table (<c>secret/</c>, <c>userpass/</c>); <see cref="Uuid"/> names the engine's data, so
/// a remount keeps the data and a disable deletes exactly it. Never renumber the ids.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MountEntry
{
    [Id(0)] public required MountTable Table { get; init; }

    [Id(1)] public required string Path { get; init; }

    [Id(2)] public required string Type { get; init; }

    [Id(3)] public string Description { get; init; } = "";

    [Id(4)] public required string Uuid { get; init; }

    [Id(5)] public required string Accessor { get; init; }

    /// <summary>Zero: inherit the system default (768h).</summary>
    [Id(6)] public TimeSpan DefaultLeaseTtl { get; init; }

    /// <summary>Zero: inherit the system maximum (768h).</summary>
    [Id(7)] public TimeSpan MaxLeaseTtl { get; init; }

    /// <summary>Engine options, e.g. KV's <c>version</c>.</summary>
    [Id(8)] public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    [Id(9)] public bool Local { get; init; }

    [Id(10)] public bool SealWrap { get; init; }

    /// <summary>The path requests use, without <c>/v1/</c>: auth methods live under <c>auth/</c>.</summary>
    public string RoutePath => Table == MountTable.Auth ? "auth/" + Path : Path;
}
