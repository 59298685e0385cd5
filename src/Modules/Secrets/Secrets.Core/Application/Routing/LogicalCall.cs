using System.Text.Json.Nodes;
using Platform.Kernel.Auth;
using Platform.Secrets.Contracts.Logical;
using Platform.Secrets.Grains.Mounts;

namespace Platform.Secrets.Application.Routing;

/// <summary>
/// One request as a backend sees it: the mount it arrived under, the path relative to that mount (no leading slash),
/// the operation, the body (or query string for reads and lists), the caller (null on unauthenticated paths), and the
/// address the request came from (for <c>token_bound_cidrs</c> at login).
/// </summary>
internal sealed record LogicalCall(
    MountEntry Mount,
    string RelativePath,
    LogicalOperation Operation,
    JsonObject Data,
    RequestIdentity? Identity,
    string RemoteAddress = "")
{
    /// <summary>The full request path without <c>/v1/</c>, as policies and audit name it.</summary>
    public string Path => Mount.RoutePath + RelativePath;
}
