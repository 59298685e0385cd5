namespace Platform.Secrets.Contracts.Mounts;

/// <summary>
/// One mount as <c>GET sys/mounts</c>, <c>GET sys/auth</c> and <c>GET sys/mounts/PATH</c> report it, in Vault's shape
/// (snake_case; <c>options</c> null when the mount has none). <see cref="Path"/> is set only where Vault adds it
/// (<c>sys/internal/ui/mounts/PATH</c>), null elsewhere and then left out.
/// </summary>
public sealed record MountInfo(
    string Accessor,
    MountConfigInfo Config,
    string Description,
    bool ExternalEntropyAccess,
    bool Local,
    IReadOnlyDictionary<string, string>? Options,
    string PluginVersion,
    string RunningPluginVersion,
    string RunningSha256,
    bool SealWrap,
    string Type,
    string Uuid);
