namespace Platform.Secrets.Grains.Auth;

/// <summary>
/// Vault's common token fields of an auth method's user or role (<c>tokenutil.TokenParams</c>): what a login's token
/// gets. Zero durations mean "not set" (the mount's TTLs apply). Never renumber the ids.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AuthTokenSettings
{
    [Id(0)] public IReadOnlyList<string> Policies { get; init; } = [];

    [Id(1)] public TimeSpan Ttl { get; init; }

    [Id(2)] public TimeSpan MaxTtl { get; init; }

    [Id(3)] public TimeSpan ExplicitMaxTtl { get; init; }

    [Id(4)] public TimeSpan Period { get; init; }

    [Id(5)] public int NumUses { get; init; }

    [Id(6)] public bool NoDefaultPolicy { get; init; }

    /// <summary>CIDR blocks a login must come from (checked at login; the token itself is not bound).</summary>
    [Id(7)] public IReadOnlyList<string> BoundCidrs { get; init; } = [];

    /// <summary>Vault's <c>token_type</c>; only service tokens exist here, so <c>default</c> or <c>service</c>.</summary>
    [Id(8)] public string TokenType { get; init; } = "default";
}
