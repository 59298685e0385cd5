namespace Platform.Secrets.Domain.Kv;

/// <summary>
/// A KV v2 mount's <c>config</c>: defaults every secret's metadata falls back to (Vault: max_versions 0 means the
/// engine default of 10; cas_required forces check-and-set on every write; delete_version_after 0 means never).
/// </summary>
public sealed record KvMountSettings(int MaxVersions = 0, bool CasRequired = false, TimeSpan DeleteVersionAfter = default)
{
    public const int EngineDefaultMaxVersions = 10;
}
