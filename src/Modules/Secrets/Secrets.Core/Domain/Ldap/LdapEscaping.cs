using System.Text;

namespace Platform.Secrets.Domain.Ldap;

/// <summary>
/// Escaping of user-supplied names before they reach the directory: RFC 4515 for search filters (so
/// <c>*)(uid=*</c> matches nothing instead of everything) and RFC 4514 for distinguished names (so a username
/// cannot add or change RDNs when a bind DN is built as <c>userattr=NAME,userdn</c>).
/// </summary>
public static class LdapEscaping
{
    /// <summary>RFC 4515 §3: <c>*</c>, <c>(</c>, <c>)</c>, <c>\</c> and NUL become <c>\XX</c>; so does every non-ASCII byte of the UTF-8 form.</summary>
    public static string FilterValue(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is (byte)'*' or (byte)'(' or (byte)')' or (byte)'\\' or 0 || b >= 0x80)
            {
                builder.Append('\\').Append(b.ToString("x2"));
            }
            else
            {
                builder.Append((char)b);
            }
        }

        return builder.ToString();
    }

    /// <summary>RFC 4514 §2.4: escapes <c>, + " \ &lt; &gt; ; =</c>, NUL, a leading space or <c>#</c>, and a trailing space.</summary>
    public static string DnValue(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0')
            {
                builder.Append("\\00");
            }
            else if (c is ',' or '+' or '"' or '\\' or '<' or '>' or ';' or '='
                     || (i == 0 && c is ' ' or '#')
                     || (i == value.Length - 1 && c == ' '))
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
