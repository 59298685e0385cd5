using System.Reflection;
using MediatR;
using Platform.Kernel.Auth;
using Platform.Kernel.Errors;

namespace Platform.Kernel.Pipeline;

/// <summary>
/// Checks the request's declared ACL path and capability against the caller's policies. Fails closed: a request
/// that is neither <see cref="UnauthenticatedAttribute"/> nor <see cref="IAclRequest"/> is refused here as well as
/// by the architecture tests, and so is one that reached this point without an identity.
/// </summary>
public sealed class AuthorizationBehavior<TRequest, TResponse>(IAclAuthorizer authorizer, CallContext context)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool Unauthenticated = typeof(TRequest).GetCustomAttribute<UnauthenticatedAttribute>() is not null;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!Unauthenticated)
        {
            if (request is not IAclRequest acl || context.Identity is not { } identity
                || acl.RequiredCapability == Capability.None
                || !await authorizer.IsAllowedAsync(identity, acl.AclPath, acl.RequiredCapability, cancellationToken))
            {
                throw new PermissionDeniedException();
            }
        }

        return await next();
    }
}
