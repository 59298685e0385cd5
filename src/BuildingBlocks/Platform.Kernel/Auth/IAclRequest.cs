namespace Platform.Kernel.Auth;

/// <summary>
/// A request that needs a token: it names the ACL path it touches and the capability it needs there (for a Vault
/// route the path is the request path without <c>/v1/</c>; Scheduler paths live under <c>scheduler/…</c>,
/// Provisioner paths under <c>infra/…</c>). Every request either implements this or carries
/// <see cref="UnauthenticatedAttribute"/>; the architecture tests fail anything else.
/// </summary>
public interface IAclRequest
{
    string AclPath { get; }

    /// <summary>What the request needs; sudo-protected paths add <see cref="Capability.Sudo"/>.</summary>
    Capability RequiredCapability { get; }
}

/// <summary>
/// The request is served without a token (health, seal status, init, unseal, logins). It still passes the
/// pipeline: logging, validation and audit apply; only authentication and authorization are skipped.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class UnauthenticatedAttribute : Attribute
{
}

/// <summary>
/// The request may be served while the barrier is sealed (seal status, health, init, unseal). Everything else
/// answers 503 while sealed.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowWhenSealedAttribute : Attribute
{
}
