using Platform.Secrets.Grains.Mounts;

namespace Platform.Secrets.Application.Routing;

/// <summary>
/// A login token up for renewal, as its auth method sees it (Vault's <c>req.Auth</c> on an <c>AuthRenew</c>): the
/// mount, the login path relative to it (<c>login/alice</c>), the token's policies (with <c>default</c>) and metadata.
/// </summary>
internal sealed record LoginRenewal(
    MountEntry Mount,
    string LoginPath,
    IReadOnlyList<string> Policies,
    IReadOnlyDictionary<string, string> Metadata);
