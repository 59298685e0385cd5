namespace Platform.Kernel;

/// <summary>Facts about this build and node reported by status endpoints (Vault's <c>version</c>, <c>cluster_name</c>…).</summary>
public sealed class PlatformInfo
{
    public static readonly string Version = typeof(PlatformInfo).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";

    /// <summary>The storage backend's name as configured (<c>sqlite</c>, <c>redis</c>).</summary>
    public required string StorageType { get; init; }

    public string ClusterName { get; init; } = "platform";

    /// <summary>Whether this node runs in dev mode (in-memory keys printed, auto-unsealed).</summary>
    public bool DevMode { get; init; }
}
