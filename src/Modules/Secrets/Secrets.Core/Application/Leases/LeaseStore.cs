using Platform.Kernel.Errors;
using Platform.Secrets.Application.Routing;
using Platform.Secrets.Application.Tokens;
using Platform.Secrets.Contracts.Leases;
using Platform.Secrets.Domain.Leases;
using Platform.Secrets.Grains.Leases;
using Platform.Secrets.Grains.Tokens;

namespace Platform.Secrets.Application.Leases;

/// <summary>
/// Issuing, looking up and renewing leases. Token leases live in the token grains (created by
/// <see cref="TokenIssuer"/>); secret leases in one <see cref="ISecretLeaseGrain"/> each, issued here by engines.
/// </summary>
internal sealed class LeaseStore(IGrainFactory grains, LeaseIndex index, MountRouter router, TimeProvider time)
{
    /// <summary>
    /// Gives a secret an engine is returning a lease on the mount's terms, tied to the calling token. The indexes are
    /// written first; the lease exists once this returns.
    /// </summary>
    public async Task<SecretLease> IssueAsync(LogicalCall call, TimeSpan? requestedTtl, bool renewable, IReadOnlyDictionary<string, string> internalData)
    {
        var identity = call.Identity ?? throw new InvalidOperationException("A secret lease needs the token it is issued to.");
        var terms = LeaseTerms.ForMount(call.Mount.DefaultLeaseTtl, call.Mount.MaxLeaseTtl);
        var now = time.GetUtcNow();
        var lease = new SecretLease
        {
            Id = LeaseId.ForSecret(call.Path),
            IssueTime = now,
            ExpireTime = now + terms.Initial(requestedTtl),
            Renewable = renewable,
            DefaultTtl = terms.DefaultTtl,
            MaxTtl = terms.MaxTtl,
            TokenId = identity.TokenId,
            MountUuid = call.Mount.Uuid,
            MountType = call.Mount.Type,
            Internal = internalData,
        };
        await Task.WhenAll(
            index.LinkAsync(lease.Id),
            index.ScheduleAsync(LeaseIndex.SecretMemberPrefix + lease.Id, lease.ExpireTime),
            index.AttachToTokenAsync(identity.TokenId, lease.Id),
            grains.GetGrain<ITokenGrain>(identity.TokenId).MarkHasLeasesAsync());
        await grains.GetGrain<ISecretLeaseGrain>(lease.Id).CreateAsync(lease);
        return lease;
    }

    public async Task<LeaseSummary> LookupAsync(string leaseId)
    {
        if (LeaseId.IsTokenLease(leaseId))
        {
            return await TokenLeases.FindAsync(grains, leaseId) is { } token
                ? TokenLeases.Summary(leaseId, token)
                : throw new ValidationException("invalid lease");
        }

        return (await grains.GetGrain<ISecretLeaseGrain>(leaseId).LookupAsync())?.Summary ?? throw new ValidationException("invalid lease");
    }

    public async Task<LeaseRenewal> RenewAsync(string leaseId, TimeSpan increment, CancellationToken cancellationToken)
    {
        if (LeaseId.IsTokenLease(leaseId))
        {
            return await RefuseTokenAsync(leaseId);
        }

        var grain = grains.GetGrain<ISecretLeaseGrain>(leaseId);
        var lease = await grain.LookupAsync() ?? throw new ValidationException("lease not found");
        var now = time.GetUtcNow();
        if (lease.ExpireTime <= now)
        {
            throw new ValidationException("lease expired");
        }

        if (!lease.Renewable)
        {
            throw new ValidationException("lease is not renewable");
        }

        var mount = (await router.MountsAsync(cancellationToken)).FirstOrDefault(entry => entry.Uuid == lease.MountUuid)
            ?? throw new ValidationException("lease not found");
        if (router.BackendOf(mount) is not ILeasingBackend engine)
        {
            throw new ValidationException("lease is not renewable");
        }

        var capped = lease.Terms.Renew(lease.IssueTime, now, increment);
        var granted = await engine.RenewLeaseAsync(mount, lease, capped - now, cancellationToken);
        var expire = granted > TimeSpan.Zero && now + granted < capped ? now + granted : capped;
        await index.ScheduleAsync(LeaseIndex.SecretMemberPrefix + leaseId, expire);
        var renewed = await grain.RenewedAsync(expire, now);
        return new LeaseRenewal(leaseId, renewed.Renewable, VaultSeconds(expire - now), null, null);
    }

    /// <summary>Children of a prefix: the prefix must name a directory, so a missing trailing slash is added.</summary>
    public Task<IReadOnlyList<string>> ListAsync(string prefix) =>
        index.ListAsync(prefix.Length > 0 && !prefix.EndsWith('/') ? prefix + "/" : prefix);

    /// <summary>
    /// Vault (since hashicorp/vault#7298) refuses token leases here with 400 "tokens cannot be renewed through this
    /// endpoint": renewing a token is auth/token/renew*, which needs the token or its accessor, while a lease id is
    /// enough for this route (the default policy grants it). The checks before the refusal follow Vault's
    /// leaseEntry.renewable(): an unknown (or revoked, or expired) lease and a non-renewable one answer as for secrets.
    /// </summary>
    private async Task<LeaseRenewal> RefuseTokenAsync(string leaseId)
    {
        var token = await TokenLeases.FindAsync(grains, leaseId) ?? throw new ValidationException("lease not found");
        throw new ValidationException(token.Entry.Renewable ? "tokens cannot be renewed through this endpoint" : "lease is not renewable");
    }

    private static long VaultSeconds(TimeSpan span) => (long)Math.Max(0, span.TotalSeconds);
}
