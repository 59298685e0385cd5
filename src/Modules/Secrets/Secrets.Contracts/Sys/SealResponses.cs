namespace Platform.Secrets.Contracts.Sys;

/// <summary>Vault's seal-status body (also the answer of <c>sys/unseal</c>); field names are Vault's.</summary>
public sealed record SealStatusResponse(
    string Type,
    bool Initialized,
    bool Sealed,
    int T,
    int N,
    int Progress,
    string Nonce,
    string Version,
    string BuildDate,
    bool Migration,
    bool RecoverySeal,
    string StorageType,
    string? ClusterName,
    string? ClusterId);

public sealed record InitStatusResponse(bool Initialized);

/// <summary>Unseal key shares in hex and base64, and the root token: shown once, never stored in plaintext.</summary>
public sealed record InitResponse(IReadOnlyList<string> Keys, IReadOnlyList<string> KeysBase64, string RootToken);

public sealed record KeyStatusResponse(uint Term, DateTimeOffset InstallTime);

/// <summary>Vault's health body; <see cref="StatusCode"/> is not serialized, it picks the HTTP status.</summary>
public sealed record HealthResponse(
    bool Initialized,
    bool Sealed,
    bool Standby,
    bool PerformanceStandby,
    string ReplicationPerformanceMode,
    string ReplicationDrMode,
    long ServerTimeUtc,
    string Version,
    string? ClusterName,
    string? ClusterId);
