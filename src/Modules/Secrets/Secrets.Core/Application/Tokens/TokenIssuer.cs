using Platform.Kernel.Errors;
using Platform.Secrets.Application.Leases;
using Platform.Secrets.Domain.Leases;
using Platform.Secrets.Domain.Tokens;
using Platform.Secrets.Grains.Tokens;

namespace Platform.Secrets.Application.Tokens;

/// <summary>
/// Stores a new token with its index entries, in the order that keeps revocation complete: the accessor and the
/// parent's child index are written before the token exists, so a crash leaves at worst an index entry pointing at
/// nothing, never a live child its parent's revocation would miss. After the token is stored the parent is checked
/// again: if its revocation started meanwhile (its tree walk may have passed before this child was listed) the child
/// is revoked too. A token with a TTL gets its lease the same way: its entries in the lease tree and the deadline index
/// are written with the others, before the token exists. Every login goes through here, so every login's token has
/// its lease. A generated token is stored without activating its grain (<see cref="NewTokenStore"/>); a custom id
/// goes through its grain, which may be active already.
/// </summary>
public sealed class TokenIssuer(IGrainFactory grains, TokenIndexes indexes, LeaseIndex leases, LocalTokenSnapshots local, NewTokenStore newTokens, TimeProvider time)
{
    /// <param name="parent">The parent when the entry is not an orphan.</param>
    public async Task<IssuedToken> IssueAsync(TokenEntry entry, string? customId, TokenSnapshot? parent)
    {
        var token = customId ?? TokenSecrets.NewToken();
        var tokenId = TokenSecrets.Hash(token);
        var registrations = new List<Task>
        {
            indexes.AddAccessorAsync(entry.Accessor, tokenId),
        };
        if (entry.ExpireTime is { } expire)
        {
            registrations.Add(leases.LinkAsync(LeaseId.ForToken(entry.Path, tokenId)));
            registrations.Add(leases.ScheduleAsync(LeaseIndex.TokenMemberPrefix + tokenId, expire));
        }

        if (!entry.IsOrphan)
        {
            if (parent is null || parent.TokenId != entry.ParentId)
            {
                throw new InvalidOperationException("A child token needs its parent's snapshot.");
            }

            registrations.Add(indexes.AddChildAsync(entry.ParentAccessor, tokenId));
            if (!parent.HasChildren)
            {
                registrations.Add(grains.GetGrain<ITokenGrain>(entry.ParentId).MarkHasChildrenAsync());
            }
        }

        await Task.WhenAll(registrations);
        if (customId is null)
        {
            await newTokens.CreateAsync(tokenId, entry);
        }
        else
        {
            await grains.GetGrain<ITokenGrain>(tokenId).CreateAsync(entry);
        }

        if (!entry.IsOrphan && !await IsLiveAsync(entry.ParentId, entry.ParentAccessor))
        {
            await grains.GetGrain<ITokenGrain>(tokenId).RevokeAsync();
            throw new PermissionDeniedException();
        }

        return new IssuedToken(token, tokenId, entry);
    }

    /// <summary>
    /// Whether the parent this child was registered under is live now: the same incarnation (a custom id can come
    /// back as a new token, whose children index is another one). A live snapshot on this node is proof enough: its
    /// grain withdraws it in the same turn that starts a revocation, before listing children. Otherwise (another
    /// node, expired) the grain decides.
    /// </summary>
    private async Task<bool> IsLiveAsync(string parentId, string parentAccessor)
    {
        var parent = local.FindLive(parentId, time.GetUtcNow()) ?? await grains.GetGrain<ITokenGrain>(parentId).LookupAsync();
        return parent?.Entry.Accessor == parentAccessor;
    }
}
