namespace Platform.Secrets.Domain.Tokens;

/// <summary>A renewed entry, the TTL it was granted, and Vault's warnings when something capped it.</summary>
public sealed record TokenRenewal(TokenEntry Entry, TimeSpan Ttl, IReadOnlyList<string> Warnings);
