using Microsoft.Extensions.Logging;
using Platform.Kernel.Errors;
using Platform.Secrets.Application.Routing;
using Platform.Secrets.Domain.Leases;
using Platform.Secrets.Grains.Leases;
using Platform.Secrets.Grains.Mounts;
using Platform.Secrets.Grains.Tokens;

namespace Platform.Secrets.Application.Leases;

/// <summary>
/// Ending leases: one, a prefix (revoke-prefix, revoke-force, a disabled mount), the secret leases of a revoked
/// token, and what the expiry sweep finds due. A token lease is ended by revoking the token (and its tree, as Vault
/// does); a secret lease by its engine first, then the lease and its index entries are forgotten, so a failed
/// engine call leaves the lease in place to be tried again (unless forced).
/// </summary>
internal sealed partial class LeaseRevocation(
    IGrainFactory grains,
    LeaseIndex index,
    MountRouter router,
    TimeProvider time,
    ILogger<LeaseRevocation> logger)
    : ILeaseExpiryTarget, ITokenLeaseRevocation
{
    /// <summary>Revokes one lease; an unknown id is not an error (Vault answers 204 too).</summary>
    public async Task RevokeAsync(string leaseId, bool force, CancellationToken cancellationToken)
    {
        if (LeaseId.IsTokenLease(leaseId))
        {
            if (await TokenLeases.FindAsync(grains, leaseId) is not null)
            {
                await grains.GetGrain<ITokenGrain>(LeaseId.LastSegment(leaseId)).RevokeAsync();
            }

            // A token revoked by other means (its parent, revoke-accessor) may leave its entry: drop it either way.
            await index.UnlinkAsync(leaseId);
            return;
        }

        var grain = grains.GetGrain<ISecretLeaseGrain>(leaseId);
        if (await grain.LookupAsync() is not { } lease)
        {
            await index.UnlinkAsync(leaseId);
            return;
        }

        await RevokeSecretAsync(grain, lease, mountOverride: null, force, cancellationToken);
    }

    /// <summary>
    /// Vault's revoke-prefix: an id without a trailing slash that names a lease revokes just that lease; otherwise
    /// every lease under <c>prefix/</c>. Forced: leases whose engine fails are forgotten anyway.
    /// </summary>
    public async Task RevokePrefixAsync(string prefix, bool force, CancellationToken cancellationToken)
    {
        if (prefix.Length > 0 && !prefix.EndsWith('/'))
        {
            if (await ExistsAsync(prefix))
            {
                await RevokeAsync(prefix, force, cancellationToken);
                return;
            }

            prefix += "/";
        }

        await RevokeAllAsync(await index.CollectAsync(prefix), force, mountOverride: null, cancellationToken);
    }

    /// <summary>
    /// Revokes every lease of a mount that is being disabled, through that mount's engine: call it before the engine
    /// deletes the mount's data (the mount entry is passed in, as it may already be gone from the table).
    /// </summary>
    public async Task RevokeMountAsync(MountEntry mount, CancellationToken cancellationToken) =>
        await RevokeAllAsync(await index.CollectAsync(mount.RoutePath), force: false, mount, cancellationToken);

    public async Task RevokeLeasesOfTokenAsync(string tokenId)
    {
        var leaseIds = await index.LeasesOfTokenAsync(tokenId);
        await RevokeAllAsync(leaseIds, force: false, mountOverride: null, CancellationToken.None);
        await index.ForgetTokenAsync(tokenId);
    }

    public async Task<DateTimeOffset?> ExpireAsync(string member)
    {
        if (member.StartsWith(LeaseIndex.TokenMemberPrefix, StringComparison.Ordinal))
        {
            return await grains.GetGrain<ITokenGrain>(member[LeaseIndex.TokenMemberPrefix.Length..]).ExpireAsync();
        }

        if (!member.StartsWith(LeaseIndex.SecretMemberPrefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Unknown member kind in the deadline index.");
        }

        var leaseId = member[LeaseIndex.SecretMemberPrefix.Length..];
        var grain = grains.GetGrain<ISecretLeaseGrain>(leaseId);
        if (await grain.LookupAsync() is not { } lease)
        {
            return null;
        }

        if (lease.ExpireTime > time.GetUtcNow())
        {
            return lease.ExpireTime;
        }

        LogExpired(logger, lease.MountType);
        await RevokeSecretAsync(grain, lease, mountOverride: null, force: false, CancellationToken.None);
        return null;
    }

    private async Task<bool> ExistsAsync(string leaseId) => LeaseId.IsTokenLease(leaseId)
        ? await TokenLeases.FindAsync(grains, leaseId) is not null
        : await grains.GetGrain<ISecretLeaseGrain>(leaseId).LookupAsync() is not null;

    private async Task RevokeAllAsync(IReadOnlyList<string> leaseIds, bool force, MountEntry? mountOverride, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        foreach (var chunk in leaseIds.Chunk(32))
        {
            await Task.WhenAll(chunk.Select(async leaseId =>
            {
                try
                {
                    if (mountOverride is not null && !LeaseId.IsTokenLease(leaseId)
                        && await grains.GetGrain<ISecretLeaseGrain>(leaseId).LookupAsync() is { } lease)
                    {
                        await RevokeSecretAsync(grains.GetGrain<ISecretLeaseGrain>(leaseId), lease, mountOverride, force, cancellationToken);
                    }
                    else
                    {
                        await RevokeAsync(leaseId, force, cancellationToken);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogRevokeFailed(logger, exception.GetType().Name, exception.Message);
                    lock (failures)
                    {
                        failures.Add(exception.Message);
                    }
                }
            }));
        }

        if (failures.Count > 0)
        {
            throw new InvalidOperationException($"failed to revoke {failures.Count} of {leaseIds.Count} leases: {failures[0]}");
        }
    }

    private async Task RevokeSecretAsync(ISecretLeaseGrain grain, SecretLease lease, MountEntry? mountOverride, bool force, CancellationToken cancellationToken)
    {
        try
        {
            var (mount, engine) = await EngineOfAsync(lease, mountOverride, cancellationToken);
            await engine.RevokeLeaseAsync(mount, lease, cancellationToken);
        }
        catch (Exception exception) when (force && exception is not OperationCanceledException)
        {
            // revoke-force: the operator says the secret is already gone on the engine's side.
            LogForced(logger, exception.GetType().Name);
        }

        await Task.WhenAll(index.UnlinkAsync(lease.Id), index.DetachFromTokenAsync(lease.TokenId, lease.Id));
        await grain.ForgetAsync();
    }

    private async Task<(MountEntry Mount, ILeasingBackend Engine)> EngineOfAsync(SecretLease lease, MountEntry? mountOverride, CancellationToken cancellationToken)
    {
        var mount = mountOverride is not null && mountOverride.Uuid == lease.MountUuid
            ? mountOverride
            : (await router.MountsAsync(cancellationToken)).FirstOrDefault(entry => entry.Uuid == lease.MountUuid)
              ?? throw new ValidationException($"failed to revoke entry: the mount that issued lease {lease.Id} no longer exists");
        return router.BackendOf(mount) is ILeasingBackend engine
            ? (mount, engine)
            : throw new ValidationException($"failed to revoke entry: the {mount.Type} engine does not revoke leases");
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A {MountType} lease expired; revoking it")]
    private static partial void LogExpired(ILogger logger, string mountType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Revoking a lease failed ({ErrorType}: {Message})")]
    private static partial void LogRevokeFailed(ILogger logger, string errorType, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forced revocation forgot a lease its engine failed to revoke ({ErrorType})")]
    private static partial void LogForced(ILogger logger, string errorType);
}
