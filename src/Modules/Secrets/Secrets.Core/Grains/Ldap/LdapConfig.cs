using Platform.Secrets.Domain.Ldap;
using Platform.Secrets.Grains.Auth;

namespace Platform.Secrets.Grains.Ldap;

/// <summary>
/// An LDAP auth mount's <c>config</c>, with Vault's defaults. <see cref="BindPassword"/> is a secret: stored only
/// behind the barrier like every grain state, never returned on read, never logged. Never renumber the ids.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record LdapConfig
{
    /// <summary>One URL or several, comma-separated, tried in order (<c>ldap://</c> or <c>ldaps://</c>).</summary>
    [Id(0)] public string Url { get; init; } = "ldap://127.0.0.1";

    [Id(1)] public string UserDn { get; init; } = "";

    [Id(2)] public string UserAttr { get; init; } = "cn";

    [Id(3)] public string UpnDomain { get; init; } = "";

    [Id(4)] public bool DiscoverDn { get; init; }

    [Id(5)] public string BindDn { get; init; } = "";

    [Id(6)] public string BindPassword { get; init; } = "";

    [Id(7)] public string GroupDn { get; init; } = "";

    [Id(8)] public string GroupFilter { get; init; } = LdapGroupFilter.VaultDefault;

    [Id(9)] public string GroupAttr { get; init; } = "cn";

    [Id(10)] public bool StartTls { get; init; }

    [Id(11)] public bool InsecureTls { get; init; }

    /// <summary>PEM CA certificate(s) the server's certificate must chain to; empty: the system's trust store.</summary>
    [Id(12)] public string Certificate { get; init; } = "";

    [Id(13)] public bool DenyNullBind { get; init; } = true;

    [Id(14)] public bool CaseSensitiveNames { get; init; }

    [Id(15)] public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(90);

    [Id(16)] public AuthTokenSettings Token { get; init; } = new();
}
