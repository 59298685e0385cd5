using MediatR;
using Platform.Kernel.Auth;

namespace Platform.Secrets.Contracts.Mounts;

// Vault's sudo rules (its system backend's root paths): "auth/*" (enable, disable, tune of auth methods) and
// "remount" need sudo; sys/mounts/* and the auth listing do not.

/// <summary><c>GET sys/mounts</c> or <c>GET sys/auth</c>: every mount of one table by path.</summary>
public sealed record ListMountsQuery(bool Auth) : IRequest<IReadOnlyDictionary<string, MountInfo>>, IAclRequest
{
    public string AclPath => Auth ? "sys/auth" : "sys/mounts";

    public Capability RequiredCapability => Capability.Read;
}

/// <summary><c>GET sys/mounts/PATH</c> or <c>GET sys/auth/PATH</c> (Vault 1.10+): one mount.</summary>
public sealed record ReadMountQuery(bool Auth, string Path) : IRequest<MountInfo>, IAclRequest
{
    public string AclPath => MountAcl.PathOf(Auth, Path);

    public Capability RequiredCapability => MountAcl.WithSudo(Auth, Capability.Read);
}

/// <summary><c>POST sys/mounts/PATH</c> or <c>POST sys/auth/PATH</c>: enable an engine or auth method.</summary>
public sealed record EnableMountCommand(bool Auth, string Path, MountSettings Settings) : IRequest<Unit>, IAclRequest
{
    public string AclPath => MountAcl.PathOf(Auth, Path);

    public Capability RequiredCapability => MountAcl.WithSudo(Auth, Capability.Update);
}

/// <summary><c>DELETE sys/mounts/PATH</c> or <c>DELETE sys/auth/PATH</c>: disable, deleting the mount's data.</summary>
public sealed record DisableMountCommand(bool Auth, string Path) : IRequest<Unit>, IAclRequest
{
    public string AclPath => MountAcl.PathOf(Auth, Path);

    public Capability RequiredCapability => MountAcl.WithSudo(Auth, Capability.Delete);
}

/// <summary><c>GET sys/mounts/PATH/tune</c> or <c>GET sys/auth/PATH/tune</c>.</summary>
public sealed record ReadMountTuneQuery(bool Auth, string Path) : IRequest<MountTuneInfo>, IAclRequest
{
    public string AclPath => MountAcl.PathOf(Auth, Path) + "/tune";

    public Capability RequiredCapability => MountAcl.WithSudo(Auth, Capability.Read);
}

/// <summary><c>POST sys/mounts/PATH/tune</c> or <c>POST sys/auth/PATH/tune</c>.</summary>
public sealed record TuneMountCommand(bool Auth, string Path, MountTuning Tuning) : IRequest<Unit>, IAclRequest
{
    public string AclPath => MountAcl.PathOf(Auth, Path) + "/tune";

    public Capability RequiredCapability => MountAcl.WithSudo(Auth, Capability.Update);
}

/// <summary><c>POST sys/remount</c>: move a mount (secrets, or <c>auth/…</c> to <c>auth/…</c>) keeping its data (sudo).</summary>
public sealed record RemountCommand(string From, string To) : IRequest<RemountStatus>, IAclRequest
{
    public string AclPath => "sys/remount";

    public Capability RequiredCapability => Capability.Update | Capability.Sudo;
}

/// <summary><c>GET sys/remount/status/ID</c>.</summary>
public sealed record RemountStatusQuery(string MigrationId) : IRequest<RemountStatus>, IAclRequest
{
    public string AclPath => "sys/remount/status/" + MigrationId;

    public Capability RequiredCapability => Capability.Read;
}

/// <summary>
/// <c>GET sys/internal/ui/mounts</c>: unauthenticated as in Vault; with a valid token it lists the mounts the token can
/// reach, without one it lists none (no mount here is tuned to be listed unauthenticated).
/// </summary>
[Unauthenticated]
public sealed record InternalUiMountsQuery : IRequest<InternalUiMounts>;

/// <summary>
/// <c>GET sys/internal/ui/mounts/PATH</c>: the mount PATH falls under, for a token that can do something under that
/// mount (what <c>vault kv</c> asks to learn the KV version); 403 otherwise, so the route cannot probe for mounts.
/// Reached without the pipeline's token check, as in Vault; the handler checks the token itself.
/// </summary>
[Unauthenticated]
public sealed record InternalUiMountQuery(string Path) : IRequest<InternalUiMount>;

/// <summary>The answer of <see cref="InternalUiMountsQuery"/>: visible mounts by path, per table.</summary>
public sealed record InternalUiMounts(IReadOnlyDictionary<string, MountInfo> Secret, IReadOnlyDictionary<string, MountInfo> Auth);

/// <summary>The answer of <see cref="InternalUiMountQuery"/>: the mount and its path within its table.</summary>
public sealed record InternalUiMount(string Path, MountInfo Mount);

/// <summary>ACL paths of the mount routes.</summary>
public static class MountAcl
{
    public static string PathOf(bool auth, string path) => (auth ? "sys/auth/" : "sys/mounts/") + path;

    public static Capability WithSudo(bool auth, Capability capability) => auth ? capability | Capability.Sudo : capability;
}
