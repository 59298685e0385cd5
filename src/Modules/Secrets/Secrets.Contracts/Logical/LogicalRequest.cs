using System.Text.Json.Nodes;
using MediatR;
using Platform.Kernel.Auth;

namespace Platform.Secrets.Contracts.Logical;

/// <summary>
/// A request to a path under a mount (a secrets engine such as <c>secret/</c>, or an auth method under
/// <c>auth/…</c>), routed by the mount table rather than by a fixed route. <see cref="Path"/> is the full Vault path
/// without <c>/v1/</c> (what policies name); <see cref="Data"/> is the JSON body, or the query string for reads.
/// </summary>
public sealed record LogicalRequest(string Path, LogicalOperation Operation, JsonObject Data)
    : IRequest<LogicalResponse>, IAclRequest
{
    public string AclPath => Path;

    public Capability RequiredCapability => Operation.RequiredCapability();
}
