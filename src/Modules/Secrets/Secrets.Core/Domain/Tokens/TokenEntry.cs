namespace Platform.Secrets.Domain.Tokens;

/// <summary>
/// One stored token, as Vault's token store keeps it (minus the token itself, see README). Immutable: every change
/// (a use, a renewal) is a new entry.
/// </summary>
public sealed record TokenEntry
{
    public required string Accessor { get; init; }

    /// <summary>Sorted, lower-case, de-duplicated (<see cref="TokenPolicies.Sanitize"/>).</summary>
    public required IReadOnlyList<string> Policies { get; init; }

    /// <summary>The parent's storage id (<see cref="TokenSecrets.Hash"/>), or empty for an orphan.</summary>
    public string ParentId { get; init; } = "";

    /// <summary>
    /// The parent's accessor when this token was made, or empty for an orphan: it tells one incarnation of a parent
    /// from a later token created under the same custom id, whose children are indexed apart.
    /// </summary>
    public string ParentAccessor { get; init; } = "";

    /// <summary>Where the token was made: <c>auth/token/create</c>, <c>auth/token/root</c>, a login path…</summary>
    public required string Path { get; init; }

    public required string DisplayName { get; init; }

    /// <summary>Vault's <c>meta</c>; null when none was given (Vault shows <c>null</c>, not <c>{}</c>).</summary>
    public IReadOnlyDictionary<string, string>? Meta { get; init; }

    /// <summary>Uses left; 0 means unlimited.</summary>
    public int NumUses { get; init; }

    public required DateTimeOffset CreationTime { get; init; }

    /// <summary>The TTL granted at creation (Vault's <c>creation_ttl</c>); zero for a non-expiring token.</summary>
    public TimeSpan CreationTtl { get; init; }

    /// <summary>The TTL the last creation or renewal granted: what a renewal without an increment asks for again.</summary>
    public TimeSpan LeaseTtl { get; init; }

    /// <summary>When the token stops working; null for a non-expiring (root) token.</summary>
    public DateTimeOffset? ExpireTime { get; init; }

    public DateTimeOffset? LastRenewalTime { get; init; }

    public TimeSpan ExplicitMaxTtl { get; init; }

    public TimeSpan Period { get; init; }

    public bool Renewable { get; init; }

    public bool IsOrphan => ParentId.Length == 0;

    public bool IsRoot => Policies.Contains(TokenPolicies.Root, StringComparer.Ordinal);

    /// <summary>Exact, against the caller's clock: the instant <see cref="ExpireTime"/> is reached the token is dead.</summary>
    public bool IsExpiredAt(DateTimeOffset now) => ExpireTime is { } expire && now >= expire;

    /// <summary>Seconds left as Vault reports <c>ttl</c> (0 for non-expiring tokens).</summary>
    public TimeSpan RemainingAt(DateTimeOffset now) =>
        ExpireTime is { } expire && expire > now ? expire - now : TimeSpan.Zero;
}
