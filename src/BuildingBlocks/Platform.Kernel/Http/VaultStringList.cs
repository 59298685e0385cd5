namespace Platform.Kernel.Http;

/// <summary>
/// Vault accepts every list parameter (policies, token_policies, versions…) either as a JSON array or as one
/// comma-separated string; <c>"a, b,,c"</c> is <c>[a, b, c]</c>. Entries are trimmed and empty ones dropped.
/// </summary>
public static class VaultStringList
{
    public static IReadOnlyList<string> Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
