namespace Platform.Secrets.Application.Ldap;

/// <summary>A user the directory accepted: their DN, the group names it reports, and Vault's warnings (no groups found).</summary>
internal sealed record LdapLoginResult(string UserDn, IReadOnlyList<string> Groups, IReadOnlyList<string> Warnings);
