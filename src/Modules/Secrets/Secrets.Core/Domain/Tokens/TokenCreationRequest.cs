namespace Platform.Secrets.Domain.Tokens;

/// <summary>What a caller asked of <c>auth/token/create</c> (or <c>create-orphan</c>); zero durations mean "not set".</summary>
public sealed record TokenCreationRequest
{
    /// <summary>The token to create (root or sudo only); null for a random one.</summary>
    public string? Id { get; init; }

    /// <summary>Null when not given: the child then inherits the parent's policies.</summary>
    public IReadOnlyList<string>? Policies { get; init; }

    public IReadOnlyDictionary<string, string>? Meta { get; init; }

    public bool NoParent { get; init; }

    public bool NoDefaultPolicy { get; init; }

    public bool Renewable { get; init; } = true;

    public TimeSpan Ttl { get; init; }

    public TimeSpan ExplicitMaxTtl { get; init; }

    public TimeSpan Period { get; init; }

    public string? DisplayName { get; init; }

    public int NumUses { get; init; }

    /// <summary>Called through <c>auth/token/create-orphan</c>: an orphan without needing sudo (ACL on that path decides).</summary>
    public bool OrphanEndpoint { get; init; }
}
