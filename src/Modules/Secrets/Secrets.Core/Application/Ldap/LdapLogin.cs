using System.DirectoryServices.Protocols;
using Platform.Kernel.Errors;
using Platform.Secrets.Domain.Ldap;
using Platform.Secrets.Grains.Ldap;

namespace Platform.Secrets.Application.Ldap;

/// <summary>
/// Vault's LDAP login against the directory (<c>ldaputil</c>): find the user's DN (search with the bind account when
/// <c>binddn</c>/<c>bindpass</c> or <c>discoverdn</c> are set, else compose it from <c>userattr</c>/<c>userdn</c> or
/// <c>upndomain</c>), bind as the user with the given password, then (as the bind account again when there is one)
/// search <c>groupdn</c> with <c>groupfilter</c> and read the group names from <c>groupattr</c>. Every username is
/// escaped before it reaches a filter or a DN. Failures carry Vault's texts and never the password.
/// </summary>
internal static class LdapLogin
{
    public const string UserBindFailed = "ldap operation failed: failed to bind as user";

    /// <summary>Authenticates and resolves groups. <paramref name="password"/> is never empty (refused before).</summary>
    public static LdapLoginResult Authenticate(LdapConfig config, string username, string password)
    {
        var useService = UsesServiceAccount(config);
        var composedDn = LdapNames.ComposeBindDn(config.UserAttr, config.UserDn, config.UpnDomain, username);
        using var session = LdapSession.Open(config, first =>
        {
            if (useService)
            {
                ServiceBind(first, config);
            }
            else
            {
                BindAsUser(first, composedDn, password);
            }
        });

        var bindDn = composedDn;
        if (useService)
        {
            bindDn = FindUserDn(session, config, username) ?? throw new ValidationException(UserBindFailed);
            BindAsUser(session, bindDn, password);
            if (config.BindDn.Length > 0 && config.BindPassword.Length > 0)
            {
                try
                {
                    session.Bind(config.BindDn, config.BindPassword);
                }
                catch (LdapException)
                {
                    throw new ValidationException("ldap operation failed: failed to re-bind with the BindDN user");
                }
            }
        }

        var userDn = config.UpnDomain.Length > 0 ? FindUpnDn(session, config, username) : bindDn;
        var warnings = new List<string>();
        var groups = Groups(session, config, userDn, username, warnings);
        return new LdapLoginResult(userDn, groups, warnings);
    }

    /// <summary>
    /// For renewal without the password (which is never kept): the user's DN and groups as the bind account sees
    /// them now, or null when the user is gone. Only possible with a bind account.
    /// </summary>
    public static LdapLoginResult? Lookup(LdapConfig config, string username)
    {
        using var session = LdapSession.Open(config, first => ServiceBind(first, config));
        var dn = FindUserDn(session, config, username);
        if (dn is null)
        {
            return null;
        }

        var userDn = config.UpnDomain.Length > 0 ? FindUpnDn(session, config, username) : dn;
        var warnings = new List<string>();
        return new LdapLoginResult(userDn, Groups(session, config, userDn, username, warnings), warnings);
    }

    public static bool UsesServiceAccount(LdapConfig config) =>
        config.DiscoverDn || (config.BindDn.Length > 0 && config.BindPassword.Length > 0);

    private static void ServiceBind(LdapSession session, LdapConfig config)
    {
        try
        {
            if (config.BindPassword.Length > 0)
            {
                session.Bind(config.BindDn, config.BindPassword);
            }
            else
            {
                session.BindAnonymously();
            }
        }
        catch (LdapException exception) when (exception.ErrorCode is not (81 or 91))
        {
            throw new ValidationException($"LDAP bind (service) failed: {exception.Message}");
        }
    }

    private static void BindAsUser(LdapSession session, string dn, string password)
    {
        try
        {
            session.Bind(dn, password);
        }
        catch (LdapException exception) when (exception.ErrorCode is not (81 or 91))
        {
            throw new ValidationException(UserBindFailed);
        }
    }

    /// <summary>The one entry under <c>userdn</c> whose <c>userattr</c> is the name; null when none or several match.</summary>
    private static string? FindUserDn(LdapSession session, LdapConfig config, string username)
    {
        try
        {
            var entries = session.Search(config.UserDn, LdapNames.UserFilter(config.UserAttr, username));
            return entries.Count == 1 ? entries[0].DistinguishedName : null;
        }
        catch (DirectoryOperationException)
        {
            return null;
        }
    }

    private static string FindUpnDn(LdapSession session, LdapConfig config, string username)
    {
        try
        {
            var entries = session.Search(config.UserDn, LdapNames.UpnFilter(config.UpnDomain, username));
            return entries.Count == 1 ? entries[0].DistinguishedName : throw new ValidationException("LDAP search for userdn 0 or not unique");
        }
        catch (DirectoryOperationException exception)
        {
            throw new ValidationException($"LDAP search failed for detecting user: {exception.Message}");
        }
    }

    private static List<string> Groups(LdapSession session, LdapConfig config, string userDn, string username, List<string> warnings)
    {
        var names = new List<string>();
        if (config.GroupDn.Length == 0)
        {
            warnings.Add("no LDAP groups found in groupDN ''; only policies from locally-defined groups available");
            return names;
        }

        IReadOnlyList<SearchResultEntry> entries;
        try
        {
            entries = session.Search(config.GroupDn, LdapGroupFilter.Render(config.GroupFilter, userDn, username), config.GroupAttr);
        }
        catch (DirectoryOperationException exception)
        {
            throw new ValidationException($"LDAP search failed: {exception.Message}");
        }

        foreach (var entry in entries)
        {
            var attribute = entry.Attributes.AttributeNames.Cast<string>()
                .FirstOrDefault(name => name.Equals(config.GroupAttr, StringComparison.OrdinalIgnoreCase));
            var values = attribute is null ? [] : entry.Attributes[attribute].GetValues(typeof(string)).Cast<string>().ToArray();
            // Without the attribute the entry itself is the group (its DN names it).
            foreach (var value in values.Length > 0 ? values : [entry.DistinguishedName])
            {
                var name = LdapNames.GroupName(value);
                if (name.Length > 0 && !names.Contains(name, StringComparer.Ordinal))
                {
                    names.Add(name);
                }
            }
        }

        if (names.Count == 0)
        {
            warnings.Add($"no LDAP groups found in groupDN '{config.GroupDn}'; only policies from locally-defined groups available");
        }

        return names;
    }
}
