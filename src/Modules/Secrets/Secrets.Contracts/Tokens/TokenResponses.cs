using System.Text.Json.Serialization;

namespace Platform.Secrets.Contracts.Tokens;

/// <summary>
/// Vault's <c>auth</c> block (token create and renew); hvac and node-vault read <c>client_token</c> from it.
/// </summary>
public sealed record TokenAuthResponse(
    string ClientToken,
    string Accessor,
    IReadOnlyList<string> Policies,
    IReadOnlyList<string> TokenPolicies,
    IReadOnlyDictionary<string, string>? Metadata,
    long LeaseDuration,
    bool Renewable,
    string EntityId,
    string TokenType,
    bool Orphan,
    object? MfaRequirement,
    int NumUses);

/// <summary>An <c>auth</c> block with the warnings Vault puts in the envelope beside it (null when none).</summary>
public sealed record TokenAuthResult(TokenAuthResponse Auth, IReadOnlyList<string>? Warnings);

/// <summary>Vault's token lookup <c>data</c>. Times: unix seconds (<c>creation_time</c>) and RFC 3339 (the others).</summary>
public sealed record TokenLookupResponse
{
    public required string Accessor { get; init; }

    public required long CreationTime { get; init; }

    public required long CreationTtl { get; init; }

    public required string DisplayName { get; init; }

    public string EntityId { get; init; } = "";

    public string? ExpireTime { get; init; }

    public required long ExplicitMaxTtl { get; init; }

    /// <summary>The token itself when the caller presented it; empty for <c>lookup-accessor</c>.</summary>
    public required string Id { get; init; }

    public required string IssueTime { get; init; }

    public IReadOnlyDictionary<string, string>? Meta { get; init; }

    public required int NumUses { get; init; }

    public required bool Orphan { get; init; }

    public required string Path { get; init; }

    public required IReadOnlyList<string> Policies { get; init; }

    public required bool Renewable { get; init; }

    public required long Ttl { get; init; }

    public string Type { get; init; } = "service";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Period { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? LastRenewalTime { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LastRenewal { get; init; }
}

/// <summary><c>LIST auth/token/accessors</c> data.</summary>
public sealed record AccessorListResponse(IReadOnlyList<string> Keys);
