namespace Platform.Secrets.Contracts.Mounts;

/// <summary>
/// <c>GET sys/mounts/PATH/tune</c> (and <c>sys/auth/PATH/tune</c>): the effective TTLs in seconds (the system's when
/// the mount sets none), as Vault answers.
/// </summary>
public sealed record MountTuneInfo(
    string Description,
    long DefaultLeaseTtl,
    long MaxLeaseTtl,
    bool ForceNoCache,
    IReadOnlyDictionary<string, string>? Options);
