using System.Text.Json.Nodes;
using Platform.Secrets.Contracts.Tokens;

namespace Platform.Secrets.Contracts.Logical;

/// <summary>
/// What a backend answers. <see cref="Data"/> null with no warnings and no auth is Vault's empty answer (HTTP 204);
/// otherwise the router wraps it in Vault's envelope. A login answers with <see cref="Auth"/> (the backend's
/// decision); the router issues the token and hands the client <see cref="IssuedAuth"/>, Vault's <c>auth</c> block,
/// in its place.
/// </summary>
public sealed record LogicalResponse(JsonObject? Data, IReadOnlyList<string>? Warnings = null)
{
    public static readonly LogicalResponse Empty = new(Data: null);

    /// <summary>Set by a backend on a successful login; never reaches the client.</summary>
    public LogicalAuth? Auth { get; init; }

    /// <summary>Set by the router once the login's token exists: what the client receives as <c>auth</c>.</summary>
    public TokenAuthResponse? IssuedAuth { get; init; }

    public bool IsEmpty => Data is null && Warnings is not { Count: > 0 } && Auth is null && IssuedAuth is null;
}
