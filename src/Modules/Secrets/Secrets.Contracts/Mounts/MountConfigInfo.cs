namespace Platform.Secrets.Contracts.Mounts;

/// <summary>A mount's <c>config</c> in listings: TTLs in seconds as set (0 = the system default), as Vault lists them.</summary>
public sealed record MountConfigInfo(long DefaultLeaseTtl, bool ForceNoCache, long MaxLeaseTtl);
