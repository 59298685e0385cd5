using Platform.Kernel.Auth;

namespace Platform.Secrets.Application.Policies;

/// <summary>
/// The platform's one <see cref="IAclAuthorizer"/>: the caller's policies, compiled once per policy set and cached
/// per node, decide every request of every module. Fails closed: an identity without policies gets nothing.
/// </summary>
internal sealed class PolicyAclAuthorizer(CompiledAclCache cache) : IAclAuthorizer
{
    public async Task<bool> IsAllowedAsync(RequestIdentity identity, string path, Capability capability, CancellationToken cancellationToken)
    {
        if (identity.Policies.Count == 0)
        {
            return false;
        }

        var acl = await cache.GetAsync(identity.Policies, cancellationToken);
        return acl.IsAllowed(path, capability);
    }
}
