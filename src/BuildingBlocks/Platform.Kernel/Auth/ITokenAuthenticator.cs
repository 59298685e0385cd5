namespace Platform.Kernel.Auth;

/// <summary>
/// Turns a presented token into an identity (Secrets module implements it). Throws
/// <see cref="Errors.PermissionDeniedException"/> for a missing, unknown, expired, revoked or used-up token; one
/// call counts one use of a <c>num_uses</c> token.
/// </summary>
public interface ITokenAuthenticator
{
    Task<RequestIdentity> AuthenticateAsync(string token, CancellationToken cancellationToken);
}

/// <summary>Decides whether an identity holds a capability on an ACL path (Secrets module implements it; fails closed).</summary>
public interface IAclAuthorizer
{
    Task<bool> IsAllowedAsync(RequestIdentity identity, string path, Capability capability, CancellationToken cancellationToken);
}
