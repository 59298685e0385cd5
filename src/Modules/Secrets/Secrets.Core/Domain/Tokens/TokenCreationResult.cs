namespace Platform.Secrets.Domain.Tokens;

/// <summary>The entry to store for a new token, the id to give it (null: generate), and Vault's warnings.</summary>
public sealed record TokenCreationResult(TokenEntry Entry, string? CustomId, IReadOnlyList<string> Warnings);
