namespace Platform.Secrets.Contracts.Logical;

/// <summary>
/// What an auth method decided about a successful login (Vault's <c>logical.Auth</c> before a token exists): who
/// logged in and what the token may do and how long it may live. The router, not the backend, turns it into a
/// token (<c>LoginTokenIssuer</c>), so every login path issues tokens the same way. Zero durations mean "not set":
/// the mount's tuned TTLs apply.
/// </summary>
public sealed record LogicalAuth
{
    /// <summary>The backend's part of the display name (the user name); the router prefixes the mount path.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The token's policies as the backend resolved them (Vault's <c>token_policies</c>), before <c>default</c>.</summary>
    public required IReadOnlyList<string> Policies { get; init; }

    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The name an identity alias would carry (the login name as the method canonicalised it).</summary>
    public string AliasName { get; init; } = "";

    public TimeSpan Ttl { get; init; }

    /// <summary>The backend's own cap (<c>token_max_ttl</c>); the mount's max lease TTL still applies when lower.</summary>
    public TimeSpan MaxTtl { get; init; }

    public TimeSpan ExplicitMaxTtl { get; init; }

    public TimeSpan Period { get; init; }

    public int NumUses { get; init; }

    public bool NoDefaultPolicy { get; init; }

    /// <summary>Vault's login tokens are renewable (<c>tokenutil.PopulateTokenAuth</c> sets it).</summary>
    public bool Renewable { get; init; } = true;
}
