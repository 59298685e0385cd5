using MediatR;
using Platform.Kernel.Auth;
using Platform.Kernel.Errors;
using Platform.Secrets.Application.Policies;
using Platform.Secrets.Contracts.Mounts;
using Platform.Secrets.Domain.Policies.Acl;
using Platform.Secrets.Grains.Mounts;

namespace Platform.Secrets.Application.Mounts;

/// <summary>
/// The token's ACL for the unauthenticated <c>sys/internal/ui/…</c> routes: the pipeline does not authenticate
/// them (Vault lists them as unauthenticated), so the handler does, and refuses a missing or invalid token.
/// </summary>
internal sealed class OptionalCallerAcl(CallContext context, ITokenAuthenticator authenticator, CompiledAclCache acls)
{
    public async Task<AccessControlList?> TryGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(context.Token))
        {
            return null;
        }

        var identity = await authenticator.AuthenticateAsync(context.Token, cancellationToken);
        context.Identity = identity;
        return await acls.GetAsync(identity.Policies, cancellationToken);
    }
}

internal sealed class InternalUiMountsHandler(IGrainFactory grains, OptionalCallerAcl caller) : IRequestHandler<InternalUiMountsQuery, InternalUiMounts>
{
    public async Task<InternalUiMounts> Handle(InternalUiMountsQuery request, CancellationToken cancellationToken)
    {
        var acl = await caller.TryGetAsync(cancellationToken);
        var snapshot = await grains.GetGrain<IMountTableGrain>(IMountTableGrain.Key).GetSnapshotAsync();
        var visible = snapshot.BuiltIns.Concat(snapshot.Mounts)
            .Where(m => acl is not null && acl.HasAccessUnder(m.RoutePath))
            .OrderBy(m => m.Path, StringComparer.Ordinal)
            .ToList();
        return new InternalUiMounts(
            visible.Where(m => m.Table == MountTable.Secrets).ToDictionary(m => m.Path, m => m.ToInfo(), StringComparer.Ordinal),
            visible.Where(m => m.Table == MountTable.Auth).ToDictionary(m => m.Path, m => m.ToInfo(), StringComparer.Ordinal));
    }
}

/// <summary>
/// Vault answers 403 both for a path under no mount and for a mount the token cannot reach, so the route reveals
/// nothing to a token without access.
/// </summary>
internal sealed class InternalUiMountHandler(IGrainFactory grains, OptionalCallerAcl caller) : IRequestHandler<InternalUiMountQuery, InternalUiMount>
{
    public async Task<InternalUiMount> Handle(InternalUiMountQuery request, CancellationToken cancellationToken)
    {
        var acl = await caller.TryGetAsync(cancellationToken) ?? throw new PermissionDeniedException();
        var path = request.Path.TrimStart('/');
        var snapshot = await grains.GetGrain<IMountTableGrain>(IMountTableGrain.Key).GetSnapshotAsync();
        var mount = snapshot.Mounts.Concat(snapshot.BuiltIns)
            .Where(m => path.StartsWith(m.RoutePath, StringComparison.Ordinal) || path + "/" == m.RoutePath)
            .MaxBy(m => m.RoutePath.Length);
        if (mount is null || !acl.HasAccessUnder(mount.RoutePath))
        {
            throw new PermissionDeniedException();
        }

        return new InternalUiMount(mount.Path, mount.ToInfo());
    }
}
