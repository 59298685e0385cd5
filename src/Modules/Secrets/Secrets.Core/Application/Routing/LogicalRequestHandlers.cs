using System.Text.Json.Nodes;
using MediatR;
using Platform.Kernel.Auth;
using Platform.Kernel.Errors;
using Platform.Secrets.Application.Logins;
using Platform.Secrets.Contracts.Logical;

namespace Platform.Secrets.Application.Routing;

/// <summary>Hands an authorised request to the backend of the mount its path falls under.</summary>
internal sealed class LogicalRequestHandler(MountRouter router, LoginTokenIssuer logins, CallContext context)
    : IRequestHandler<LogicalRequest, LogicalResponse>
{
    public Task<LogicalResponse> Handle(LogicalRequest request, CancellationToken cancellationToken) =>
        LogicalDispatch.SendAsync(router, logins, request.Path, request.Operation, request.Data, context.Identity, context.RemoteAddress, cancellationToken);
}

/// <summary>The same for paths their backend serves without a token.</summary>
internal sealed class UnauthenticatedLogicalRequestHandler(MountRouter router, LoginTokenIssuer logins, CallContext context)
    : IRequestHandler<UnauthenticatedLogicalRequest, LogicalResponse>
{
    public Task<LogicalResponse> Handle(UnauthenticatedLogicalRequest request, CancellationToken cancellationToken) =>
        LogicalDispatch.SendAsync(router, logins, request.Path, request.Operation, request.Data, identity: null, context.RemoteAddress, cancellationToken);
}

/// <summary>Resolution, the call into the backend, and the token for a login, shared by both handlers.</summary>
internal static class LogicalDispatch
{
    public static async Task<LogicalResponse> SendAsync(
        MountRouter router, LoginTokenIssuer logins, string path, LogicalOperation operation, JsonObject data, RequestIdentity? identity,
        string remoteAddress, CancellationToken cancellationToken)
    {
        var resolved = await router.ResolveAsync(path, cancellationToken) ?? throw NoRoute(path);
        if (identity is null && !resolved.Backend.IsUnauthenticated(resolved.RelativePath))
        {
            // The endpoint chose the unauthenticated request type from the same table; a change in between must not
            // let a token-protected path through without a token.
            throw new PermissionDeniedException();
        }

        var call = new LogicalCall(resolved.Mount, resolved.RelativePath, operation, data, identity, remoteAddress);
        var response = await resolved.Backend.HandleAsync(call, cancellationToken);
        return response.Auth is null ? response : await logins.IssueAsync(call, response);
    }

    /// <summary>Vault's answer for a path under no mount.</summary>
    public static NotFoundException NoRoute(string path) => new($"no handler for route \"{path}\". route entry not found.");
}
