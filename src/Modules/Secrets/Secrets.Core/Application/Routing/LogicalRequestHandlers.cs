using System.Text.Json.Nodes;
using MediatR;
using Platform.Kernel.Auth;
using Platform.Kernel.Errors;
using Platform.Secrets.Contracts.Logical;

namespace Platform.Secrets.Application.Routing;

/// <summary>Hands an authorised request to the backend of the mount its path falls under.</summary>
internal sealed class LogicalRequestHandler(MountRouter router, CallContext context)
    : IRequestHandler<LogicalRequest, LogicalResponse>
{
    public Task<LogicalResponse> Handle(LogicalRequest request, CancellationToken cancellationToken) =>
        LogicalDispatch.SendAsync(router, request.Path, request.Operation, request.Data, context.Identity, cancellationToken);
}

/// <summary>The same for paths their backend serves without a token.</summary>
internal sealed class UnauthenticatedLogicalRequestHandler(MountRouter router)
    : IRequestHandler<UnauthenticatedLogicalRequest, LogicalResponse>
{
    public Task<LogicalResponse> Handle(UnauthenticatedLogicalRequest request, CancellationToken cancellationToken) =>
        LogicalDispatch.SendAsync(router, request.Path, request.Operation, request.Data, identity: null, cancellationToken);
}

/// <summary>Resolution and the call into the backend, shared by both handlers.</summary>
internal static class LogicalDispatch
{
    public static async Task<LogicalResponse> SendAsync(
        MountRouter router, string path, LogicalOperation operation, JsonObject data, RequestIdentity? identity, CancellationToken cancellationToken)
    {
        var resolved = await router.ResolveAsync(path, cancellationToken) ?? throw NoRoute(path);
        if (identity is null && !resolved.Backend.IsUnauthenticated(resolved.RelativePath))
        {
            // The endpoint chose the unauthenticated request type from the same table; a change in between must not
            // let a token-protected path through without a token.
            throw new PermissionDeniedException();
        }

        return await resolved.Backend.HandleAsync(new LogicalCall(resolved.Mount, resolved.RelativePath, operation, data, identity), cancellationToken);
    }

    /// <summary>Vault's answer for a path under no mount.</summary>
    public static NotFoundException NoRoute(string path) => new($"no handler for route \"{path}\". route entry not found.");
}
