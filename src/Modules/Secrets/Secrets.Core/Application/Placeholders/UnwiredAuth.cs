using Platform.Kernel.Auth;
using Platform.Kernel.Errors;
using Platform.Secrets.Application.Seal;

namespace Platform.Secrets.Application.Placeholders;

// Fail-closed stand-ins until the token store and the audit broker are wired (issue 3 in progress):
// every authenticated request is refused, and init cannot mint a root token.

internal sealed class UnwiredTokenAuthenticator : ITokenAuthenticator
{
    public Task<RequestIdentity> AuthenticateAsync(string token, CancellationToken cancellationToken) => throw new PermissionDeniedException();
}

internal sealed class UnwiredAuditBroker : IAuditBroker
{
    public Task LogRequestAsync(CallContext context, object request, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task LogResponseAsync(CallContext context, object request, object? response, Exception? error, CancellationToken cancellationToken) => Task.CompletedTask;
}

internal sealed class UnwiredRootTokenIssuer : IRootTokenIssuer
{
    public Task<string> CreateRootTokenAsync(string? tokenId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The token store is not wired yet.");
}
