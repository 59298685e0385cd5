namespace Platform.Secrets.Domain.Ldap;

/// <summary>
/// The DNs and filters a login builds from a username, always escaped (Vault's <c>ldaputil</c>), and how a group's
/// name is read from a search result.
/// </summary>
public static class LdapNames
{
    /// <summary>The user's bind DN without a search: <c>userattr=NAME,userdn</c>, or <c>NAME@upndomain</c>.</summary>
    public static string ComposeBindDn(string userAttr, string userDn, string upnDomain, string username) =>
        upnDomain.Length > 0
            ? $"{LdapEscaping.DnValue(username)}@{upnDomain}"
            : $"{userAttr}={LdapEscaping.DnValue(username)},{userDn}";

    /// <summary>The filter finding a user by name: <c>(userattr=NAME)</c>.</summary>
    public static string UserFilter(string userAttr, string username) => $"({userAttr}={LdapEscaping.FilterValue(username)})";

    /// <summary>The filter finding an Active Directory user by principal name: <c>(userPrincipalName=NAME@domain)</c>.</summary>
    public static string UpnFilter(string upnDomain, string username) =>
        $"(userPrincipalName={LdapEscaping.FilterValue(username)}@{LdapEscaping.FilterValue(upnDomain)})";

    /// <summary>
    /// Vault's <c>getCN</c>: a group attribute value that is a DN (<c>memberOf</c>) names the group by its first
    /// <c>cn</c> RDN; any other value (a <c>cn</c> attribute) is the name itself.
    /// </summary>
    public static string GroupName(string value)
    {
        foreach (var (type, rdnValue) in Rdns(value))
        {
            if (type.Equals("cn", StringComparison.OrdinalIgnoreCase))
            {
                return rdnValue;
            }
        }

        return value;
    }

    /// <summary>
    /// The attribute/value pairs of a DN's RDNs, unescaping RFC 4514 escapes; empty when the text is not a DN
    /// (then the caller keeps it as it is).
    /// </summary>
    public static IReadOnlyList<(string Type, string Value)> Rdns(string dn)
    {
        var pairs = new List<(string, string)>();
        var type = new System.Text.StringBuilder();
        var value = new System.Text.StringBuilder();
        var inValue = false;
        for (var i = 0; i < dn.Length; i++)
        {
            var c = dn[i];
            if (c == '\\' && i + 1 < dn.Length)
            {
                var next = dn[i + 1];
                if (i + 2 < dn.Length && Uri.IsHexDigit(next) && Uri.IsHexDigit(dn[i + 2]))
                {
                    (inValue ? value : type).Append((char)Convert.ToInt32(dn.Substring(i + 1, 2), 16));
                    i += 2;
                }
                else
                {
                    (inValue ? value : type).Append(next);
                    i++;
                }
            }
            else if (c == '=' && !inValue)
            {
                inValue = true;
            }
            else if (c is ',' or '+' or ';')
            {
                if (!inValue)
                {
                    return [];
                }

                pairs.Add((type.ToString().Trim(), value.ToString().Trim()));
                type.Clear();
                value.Clear();
                inValue = false;
            }
            else
            {
                (inValue ? value : type).Append(c);
            }
        }

        if (!inValue || type.ToString().Trim().Length == 0)
        {
            return [];
        }

        pairs.Add((type.ToString().Trim(), value.ToString().Trim()));
        return pairs;
    }
}
