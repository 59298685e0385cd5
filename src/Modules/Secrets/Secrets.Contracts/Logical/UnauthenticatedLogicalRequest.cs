using System.Text.Json.Nodes;
using MediatR;
using Platform.Kernel.Auth;

namespace Platform.Secrets.Contracts.Logical;

/// <summary>
/// A <see cref="LogicalRequest"/> to a path its backend serves without a token (an auth method's <c>login/…</c>).
/// The router sends this type only when the backend names the path as unauthenticated.
/// </summary>
[Unauthenticated]
public sealed record UnauthenticatedLogicalRequest(string Path, LogicalOperation Operation, JsonObject Data)
    : IRequest<LogicalResponse>;
