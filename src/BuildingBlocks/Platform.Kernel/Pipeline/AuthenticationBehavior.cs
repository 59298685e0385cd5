using System.Reflection;
using MediatR;
using Platform.Kernel.Auth;
using Platform.Kernel.Errors;
using Platform.Kernel.Storage;

namespace Platform.Kernel.Pipeline;

/// <summary>
/// Refuses every request while sealed unless it is marked <see cref="AllowWhenSealedAttribute"/> (503), then turns
/// the presented token into an identity unless the request is <see cref="UnauthenticatedAttribute"/>. A request that
/// needs a token and has none is refused (403), never served anonymously.
/// </summary>
public sealed class AuthenticationBehavior<TRequest, TResponse>(IBarrier barrier, ITokenAuthenticator authenticator, CallContext context)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool AllowWhenSealed = typeof(TRequest).GetCustomAttribute<AllowWhenSealedAttribute>() is not null;
    private static readonly bool Unauthenticated = typeof(TRequest).GetCustomAttribute<UnauthenticatedAttribute>() is not null;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (barrier.IsSealed && !AllowWhenSealed)
        {
            throw new SealedException();
        }

        if (!Unauthenticated)
        {
            if (string.IsNullOrEmpty(context.Token))
            {
                throw new PermissionDeniedException();
            }

            context.Identity = await authenticator.AuthenticateAsync(context.Token, cancellationToken);
        }

        return await next();
    }
}
