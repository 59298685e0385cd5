using Platform.Kernel.Errors;
using Platform.Secrets.Contracts.Logical;
using Platform.Secrets.Grains.Mounts;

namespace Platform.Secrets.Application.Routing;

/// <summary>
/// A secrets engine or auth method that serves the paths under its mounts (Vault's logical backend). One instance
/// serves every mount of its <see cref="Type"/>; the mount entry travels with each call, and the engine keys its data
/// by <see cref="MountEntry.Uuid"/> so a remount keeps the data and a disable deletes exactly it. Registered in DI as
/// <see cref="ILogicalBackend"/>; the router finds it by table and type.
/// </summary>
internal interface ILogicalBackend
{
    MountTable Table { get; }

    /// <summary>The mount type as <c>sys/mounts</c> / <c>sys/auth</c> report it (<c>kv</c>, <c>userpass</c>, <c>ldap</c>).</summary>
    string Type { get; }

    /// <summary>Paths served without a token (an auth method's <c>login/…</c>). Relative to the mount, no leading slash.</summary>
    bool IsUnauthenticated(string relativePath);

    /// <summary>
    /// Vault's existence check, which decides whether a PUT/POST needs <c>create</c> or <c>update</c>: true when
    /// something is stored at the path, false when not, null when the path has no such check (the write is an update).
    /// Runs before authorization, so it must not reveal anything but through that choice.
    /// </summary>
    Task<bool?> ExistsAsync(MountEntry mount, string relativePath, CancellationToken cancellationToken);

    /// <summary>Serves one authorised request. Unknown paths or operations: throw <c>NotFoundException</c> / <c>ValidationException</c>.</summary>
    Task<LogicalResponse> HandleAsync(LogicalCall call, CancellationToken cancellationToken);

    /// <summary>Deletes everything the engine stored for a mount that was just disabled.</summary>
    Task DeleteAllAsync(MountEntry mount, CancellationToken cancellationToken);

    /// <summary>
    /// Vault's <c>AuthRenew</c>: asked when a token this auth method's login issued is renewed. Throws when the token
    /// may no longer be renewed (the user is gone, its policies changed); otherwise answers the TTLs to renew under
    /// (only the duration fields of the answer are used). Engines that issue no tokens keep the default.
    /// </summary>
    Task<LogicalAuth> RenewLoginAsync(LoginRenewal renewal, CancellationToken cancellationToken) =>
        throw new ValidationException($"the {Type} backend does not issue renewable tokens");
}
