namespace Platform.Secrets.Contracts.Leases;

/// <summary>
/// Vault's <c>sys/leases/lookup</c> data: times in RFC 3339, <c>expire_time</c> and <c>last_renewal</c> null when
/// unset, <c>ttl</c> in whole seconds.
/// </summary>
public sealed record LeaseLookupResponse(
    string Id,
    string IssueTime,
    string? ExpireTime,
    string? LastRenewal,
    bool Renewable,
    long Ttl);
