using Orleans.Concurrency;

namespace Platform.Secrets.Grains.Leases;

/// <summary>
/// One secret lease, keyed by its lease id (not a secret: Vault lists lease ids to sudo callers). It only stores the
/// lease; the engine calls that renew and revoke the secret are made by <c>LeaseRevocation</c> outside the grain,
/// so an engine never runs inside a grain turn.
/// </summary>
public interface ISecretLeaseGrain : IGrainWithStringKey
{
    Task CreateAsync(SecretLease lease);

    [ReadOnly]
    Task<SecretLease?> LookupAsync();

    /// <summary>Records a renewal the engine granted; fails (400) when the lease is gone.</summary>
    Task<SecretLease> RenewedAsync(DateTimeOffset expireTime, DateTimeOffset renewedAt);

    /// <summary>Forgets the lease once the engine revoked the secret (or the revocation was forced).</summary>
    Task ForgetAsync();
}
