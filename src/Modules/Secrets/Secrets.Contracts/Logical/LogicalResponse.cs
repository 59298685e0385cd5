using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Platform.Kernel.Http;
using Platform.Secrets.Contracts.Tokens;

namespace Platform.Secrets.Contracts.Logical;

/// <summary>
/// What a backend answers. <see cref="Body"/> null with no warnings, no auth, status 200 and no errors is Vault's
/// empty answer (HTTP 204); otherwise the router wraps it in Vault's envelope with <see cref="StatusCode"/> (KV v2
/// answers a deleted version with 404 and the envelope) and <see cref="LeaseDuration"/> (KV v1 reports its refresh
/// interval there, without a lease). <see cref="Errors"/> set: Vault's error body <c>{"errors":[…]}</c> with the
/// status instead. A login answers with <see cref="Auth"/> (the backend's decision); the router issues the token and
/// hands the client <see cref="IssuedAuth"/>, Vault's <c>auth</c> block, in its place.
/// </summary>
public sealed record LogicalResponse([property: JsonIgnore] JsonObject? Data, IReadOnlyList<string>? Warnings = null)
{
    /// <summary>
    /// The data as an object already encoded (<see cref="Data"/> is then null): an answer a backend caches and serves
    /// as it is. Both are serialised as <see cref="Body"/>, so audit sees the same shape either way.
    /// </summary>
    [JsonIgnore]
    public EncodedJson? EncodedData { get; init; }

    /// <summary>What the envelope's <c>data</c> carries (and audit records): <see cref="EncodedData"/> or <see cref="Data"/>.</summary>
    [JsonPropertyName("data")]
    public object? Body => EncodedData ?? (object?)Data;

    public static readonly LogicalResponse Empty = new(Data: null);

    /// <summary>Vault's 405 for an operation the path does not support.</summary>
    public static readonly LogicalResponse Unsupported = new(Data: null) { StatusCode = 405, Errors = ["unsupported operation"] };

    /// <summary>Set by a backend on a successful login; never reaches the client.</summary>
    public LogicalAuth? Auth { get; init; }

    /// <summary>Set by the router once the login's token exists: what the client receives as <c>auth</c>.</summary>
    public TokenAuthResponse? IssuedAuth { get; init; }

    public int StatusCode { get; init; } = 200;

    /// <summary>Seconds, reported as <c>lease_duration</c>.</summary>
    public long LeaseDuration { get; init; }

    public IReadOnlyList<string>? Errors { get; init; }

    /// <summary>
    /// Vault's <c>RespondWithStatusCode(nil, …)</c>: <see cref="StatusCode"/> with an empty JSON body, no envelope
    /// (KV v2 answers a metadata PATCH of a missing secret so).
    /// </summary>
    public bool StatusOnly { get; init; }

    public static LogicalResponse Status(int statusCode) => new(Data: null) { StatusCode = statusCode, StatusOnly = true };

    public bool IsEmpty => Body is null && Warnings is not { Count: > 0 } && Auth is null && IssuedAuth is null && StatusCode == 200 && Errors is null;
}
