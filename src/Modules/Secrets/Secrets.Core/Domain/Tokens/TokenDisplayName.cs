using System.Text;

namespace Platform.Secrets.Domain.Tokens;

/// <summary>Vault's display names: <c>token</c>, or <c>token-NAME</c> with every character but [A-Za-z0-9-] made a dash.</summary>
public static class TokenDisplayName
{
    public const string Plain = "token";
    public const string Root = "root";

    public static string ForCreate(string? requested)
    {
        if (string.IsNullOrEmpty(requested))
        {
            return Plain;
        }

        var full = new StringBuilder("token-", requested.Length + 6);
        foreach (var c in requested)
        {
            full.Append(char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-');
        }

        // Vault trims one trailing dash (Go's strings.TrimSuffix).
        if (full[^1] == '-')
        {
            full.Length--;
        }

        return full.ToString();
    }
}
