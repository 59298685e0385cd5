namespace Platform.Secrets.Contracts.Leases;

/// <summary>
/// What a renewal answers in Vault's envelope: <c>lease_id</c>, <c>renewable</c>, <c>lease_duration</c> (seconds),
/// and the engine's <c>data</c> if it sent any.
/// </summary>
public sealed record LeaseRenewal(string LeaseId, bool Renewable, long LeaseDuration, object? Data, IReadOnlyList<string>? Warnings);
