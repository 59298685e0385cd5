using Platform.Secrets.Grains.Leases;
using Platform.Secrets.Grains.Mounts;

namespace Platform.Secrets.Application.Leases;

/// <summary>
/// A secrets engine whose secrets carry leases (Vault's "secret type" with Renew and Revoke). Implemented by the
/// engine's <see cref="Routing.ILogicalBackend"/> class; it issues leases through
/// <see cref="LeaseRevocation.IssueAsync"/> and is called back here when one is renewed, revoked or expires.
/// </summary>
internal interface ILeasingBackend
{
    /// <summary>
    /// Extends the secret on the engine's side and answers the TTL it grants (at most what was asked; the store caps
    /// it again at the lease's max TTL). Throw <c>ValidationException</c> when the secret cannot be renewed.
    /// </summary>
    Task<TimeSpan> RenewLeaseAsync(MountEntry mount, SecretLease lease, TimeSpan requested, CancellationToken cancellationToken);

    /// <summary>Destroys the secret. Must be idempotent: a revocation retried after a crash calls it again.</summary>
    Task RevokeLeaseAsync(MountEntry mount, SecretLease lease, CancellationToken cancellationToken);
}
