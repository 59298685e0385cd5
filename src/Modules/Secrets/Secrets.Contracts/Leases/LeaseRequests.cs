using MediatR;
using Platform.Kernel.Auth;

namespace Platform.Secrets.Contracts.Leases;

/// <summary><c>PUT sys/leases/lookup</c> with <c>lease_id</c> in the body.</summary>
public sealed record LookupLeaseQuery(string? LeaseId) : IRequest<LeaseLookupResponse>, IAclRequest
{
    public string AclPath => "sys/leases/lookup";

    public Capability RequiredCapability => Capability.Update;
}

/// <summary><c>LIST sys/leases/lookup/PREFIX</c> (sudo, as in Vault).</summary>
public sealed record ListLeasesQuery(string Prefix) : IRequest<LeaseListResponse>, IAclRequest
{
    public string AclPath => "sys/leases/lookup/" + Prefix;

    public Capability RequiredCapability => Capability.List | Capability.Sudo;
}

/// <summary>
/// <c>PUT sys/leases/renew</c> (legacy <c>sys/renew</c>), the id in the body or the URL. <see cref="AclPath"/> is the
/// path the client called, since policies name the route, not the lease.
/// </summary>
public sealed record RenewLeaseCommand(string AclPath, string? LeaseId, TimeSpan Increment) : IRequest<LeaseRenewal>, IAclRequest
{
    public Capability RequiredCapability => Capability.Update;
}

/// <summary><c>PUT sys/leases/revoke</c> (legacy <c>sys/revoke</c>), the id in the body or the URL.</summary>
public sealed record RevokeLeaseCommand(string AclPath, string? LeaseId) : IRequest<Unit>, IAclRequest
{
    public Capability RequiredCapability => Capability.Update;
}

/// <summary>
/// <c>PUT sys/leases/revoke-prefix/PREFIX</c> and <c>revoke-force/PREFIX</c> (legacy <c>sys/revoke-prefix</c>,
/// <c>sys/revoke-force</c>): sudo, as in Vault. Forced revocation forgets leases whose engine fails to revoke them.
/// </summary>
public sealed record RevokeLeasePrefixCommand(string AclPath, string Prefix, bool Force) : IRequest<Unit>, IAclRequest
{
    public Capability RequiredCapability => Capability.Update | Capability.Sudo;
}
