using MediatR;
using Platform.Kernel.Auth;

namespace Platform.Secrets.Contracts.Tokens;

/// <summary>
/// <c>auth/token/create</c> (or <c>create-orphan</c> when <see cref="Orphan"/>). Durations are zero when not given.
/// What needs sudo (an id, no_parent, a period, policies beyond the caller's) the handler checks on top of the ACL.
/// </summary>
public sealed record CreateTokenCommand : IRequest<TokenAuthResult>, IAclRequest
{
    public bool Orphan { get; init; }

    public string? Id { get; init; }

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

    public string AclPath => Orphan ? "auth/token/create-orphan" : "auth/token/create";

    public Capability RequiredCapability => Capability.Update;
}

/// <summary><c>GET auth/token/lookup-self</c>: needs read, which Vault's default policy grants.</summary>
public sealed record LookupSelfQuery : IRequest<TokenLookupResponse>, IAclRequest
{
    public string AclPath => "auth/token/lookup-self";

    public Capability RequiredCapability => Capability.Read;
}

/// <summary><c>POST auth/token/lookup-self</c>: the same answer, but a write verb needs update, as in Vault.</summary>
public sealed record LookupSelfByPostQuery : IRequest<TokenLookupResponse>, IAclRequest
{
    public string AclPath => "auth/token/lookup-self";

    public Capability RequiredCapability => Capability.Update;
}

/// <summary><c>POST auth/token/lookup</c> with the token in the body (the caller's own when empty).</summary>
public sealed record LookupTokenQuery(string? Token) : IRequest<TokenLookupResponse>, IAclRequest
{
    public string AclPath => "auth/token/lookup";

    public Capability RequiredCapability => Capability.Update;
}

/// <summary><c>POST auth/token/lookup-accessor</c>: the token's properties, without its id.</summary>
public sealed record LookupAccessorQuery(string? Accessor) : IRequest<TokenLookupResponse>, IAclRequest
{
    public string AclPath => "auth/token/lookup-accessor";

    public Capability RequiredCapability => Capability.Update;
}

/// <summary><c>POST auth/token/renew</c>; a zero increment asks for the token's previous TTL again.</summary>
public sealed record RenewTokenCommand(string? Token, TimeSpan Increment) : IRequest<TokenAuthResult>, IAclRequest
{
    public string AclPath => "auth/token/renew";

    public Capability RequiredCapability => Capability.Update;
}

/// <summary><c>POST auth/token/renew-self</c>.</summary>
public sealed record RenewSelfCommand(TimeSpan Increment) : IRequest<TokenAuthResult>, IAclRequest
{
    public string AclPath => "auth/token/renew-self";

    public Capability RequiredCapability => Capability.Update;
}

/// <summary><c>POST auth/token/revoke</c>: the token and its whole tree. Unknown tokens succeed silently, as in Vault.</summary>
public sealed record RevokeTokenCommand(string? Token) : IRequest<MediatR.Unit>, IAclRequest
{
    public string AclPath => "auth/token/revoke";

    public Capability RequiredCapability => Capability.Update;
}

/// <summary><c>POST auth/token/revoke-self</c>.</summary>
public sealed record RevokeSelfCommand : IRequest<MediatR.Unit>, IAclRequest
{
    public string AclPath => "auth/token/revoke-self";

    public Capability RequiredCapability => Capability.Update;
}

/// <summary><c>POST auth/token/revoke-accessor</c>: the token (and tree) behind an accessor.</summary>
public sealed record RevokeAccessorCommand(string? Accessor) : IRequest<MediatR.Unit>, IAclRequest
{
    public string AclPath => "auth/token/revoke-accessor";

    public Capability RequiredCapability => Capability.Update;
}

/// <summary><c>POST auth/token/revoke-orphan</c>: the token only, its children become orphans (sudo, as in Vault).</summary>
public sealed record RevokeOrphanCommand(string? Token) : IRequest<MediatR.Unit>, IAclRequest
{
    public string AclPath => "auth/token/revoke-orphan";

    public Capability RequiredCapability => Capability.Update | Capability.Sudo;
}

/// <summary><c>LIST auth/token/accessors</c> (sudo, as in Vault).</summary>
public sealed record ListAccessorsQuery : IRequest<AccessorListResponse>, IAclRequest
{
    public string AclPath => "auth/token/accessors";

    public Capability RequiredCapability => Capability.List | Capability.Sudo;
}
