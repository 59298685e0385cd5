using System.Text.RegularExpressions;
using Platform.Kernel.Errors;

namespace Platform.Secrets.Domain.Ldap;

/// <summary>
/// Vault's <c>groupfilter</c>: a Go template over <c>{{.UserDN}}</c> and <c>{{.Username}}</c> (default
/// <c>(|(memberUid={{.Username}})(member={{.UserDN}})(uniqueMember={{.UserDN}}))</c>). Both values are filter-escaped
/// (RFC 4515) before substitution, so a username can never add filter terms. Any other template action is refused
/// when the configuration is written, not at login.
/// </summary>
public static partial class LdapGroupFilter
{
    public const string VaultDefault = "(|(memberUid={{.Username}})(member={{.UserDN}})(uniqueMember={{.UserDN}}))";

    [GeneratedRegex(@"\{\{\s*(?<action>[^}]*?)\s*\}\}")]
    private static partial Regex Action();

    /// <summary>Messages for every template action other than the two placeholders (empty when valid).</summary>
    public static IReadOnlyList<string> Validate(string template) =>
        Action().Matches(template)
            .Select(m => m.Groups["action"].Value)
            .Where(action => action is not (".UserDN" or ".Username"))
            .Select(action => $"groupfilter: unsupported template action '{{{{{action}}}}}': only {{{{.UserDN}}}} and {{{{.Username}}}} are available")
            .ToList();

    public static string Render(string template, string userDn, string username)
    {
        var errors = Validate(template);
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        return Action().Replace(template, m => m.Groups["action"].Value == ".UserDN"
            ? LdapEscaping.FilterValue(userDn)
            : LdapEscaping.FilterValue(username));
    }
}
