using MediatR;
using Platform.Kernel.Auth;

namespace Platform.Secrets.Contracts.Policies;

// Policies are reachable under two route prefixes with the same meaning: Vault's legacy "sys/policy" and the 1.x
// "sys/policies/acl". A request keeps the prefix it came through, because that is the path the ACL checks.

/// <summary><c>GET sys/policy/NAME</c> or <c>GET sys/policies/acl/NAME</c>.</summary>
public sealed record ReadPolicyQuery(PolicyRoute Route, string Name) : IRequest<PolicyResponse>, IAclRequest
{
    public string AclPath => PolicyRoutes.PathOf(Route, Name);

    public Capability RequiredCapability => Capability.Read;
}

/// <summary><c>PUT sys/policy/NAME</c> or <c>PUT sys/policies/acl/NAME</c> with the policy text (HCL or JSON).</summary>
public sealed record WritePolicyCommand(PolicyRoute Route, string Name, string Text) : IRequest<Unit>, IAclRequest
{
    public string AclPath => PolicyRoutes.PathOf(Route, Name);

    public Capability RequiredCapability => Capability.Update;
}

/// <summary><c>DELETE sys/policy/NAME</c> or <c>DELETE sys/policies/acl/NAME</c>.</summary>
public sealed record DeletePolicyCommand(PolicyRoute Route, string Name) : IRequest<Unit>, IAclRequest
{
    public string AclPath => PolicyRoutes.PathOf(Route, Name);

    public Capability RequiredCapability => Capability.Delete;
}

/// <summary>
/// <c>GET sys/policy</c> (a read in Vault), <c>LIST sys/policy</c> and <c>LIST sys/policies/acl</c> (lists, checked on
/// the path with a trailing slash as Vault does for every LIST).
/// </summary>
public sealed record ListPoliciesQuery(PolicyRoute Route, bool AsList) : IRequest<IReadOnlyList<string>>, IAclRequest
{
    public string AclPath => AsList ? PolicyRoutes.PrefixOf(Route) + "/" : PolicyRoutes.PrefixOf(Route);

    public Capability RequiredCapability => AsList ? Capability.List : Capability.Read;
}

/// <summary><c>POST sys/capabilities-self</c>: what the caller's own token may do on each path.</summary>
public sealed record CapabilitiesSelfQuery(IReadOnlyList<string> Paths) : IRequest<IReadOnlyDictionary<string, IReadOnlyList<string>>>, IAclRequest
{
    public string AclPath => "sys/capabilities-self";

    public Capability RequiredCapability => Capability.Update;
}

/// <summary><c>POST sys/capabilities</c>: what another token (given in the body) may do on each path.</summary>
public sealed record CapabilitiesQuery(string Token, IReadOnlyList<string> Paths) : IRequest<IReadOnlyDictionary<string, IReadOnlyList<string>>>, IAclRequest
{
    public string AclPath => "sys/capabilities";

    public Capability RequiredCapability => Capability.Update;

    // The token is a secret: keep it out of logs and audit records that print the request.
    public override string ToString() => $"{nameof(CapabilitiesQuery)} {{ Paths = [{string.Join(", ", Paths)}] }}";
}

/// <summary><c>POST sys/capabilities-accessor</c>: what the token behind an accessor may do on each path.</summary>
public sealed record CapabilitiesAccessorQuery(string Accessor, IReadOnlyList<string> Paths) : IRequest<IReadOnlyDictionary<string, IReadOnlyList<string>>>, IAclRequest
{
    public string AclPath => "sys/capabilities-accessor";

    public Capability RequiredCapability => Capability.Update;
}
