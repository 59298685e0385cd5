namespace Platform.Secrets.Domain.Policies;

/// <summary>
/// A parsed Vault ACL policy: its path rules in source order and the text it came from. The text is what is
/// stored and returned to clients (Vault returns the rules exactly as written); the rules are derived from it.
/// </summary>
/// <param name="Name">The name the document itself declares (<c>name = "…"</c>, rare and ignored by Vault), or null.</param>
public sealed record PolicyDocument(string? Name, IReadOnlyList<PathRule> Rules, string Raw);
