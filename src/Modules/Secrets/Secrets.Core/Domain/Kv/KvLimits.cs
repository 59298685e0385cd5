namespace Platform.Secrets.Domain.Kv;

/// <summary>
/// What one secret may hold. A secret and its kept versions live in one grain state, written whole on every change,
/// so both a single value and the sum of kept versions are bounded (1 MiB per value is the entry limit of Vault's
/// integrated storage too).
/// </summary>
public static class KvLimits
{
    public const int MaxValueBytes = 1024 * 1024;

    public const int MaxHistoryBytes = 8 * 1024 * 1024;
}
