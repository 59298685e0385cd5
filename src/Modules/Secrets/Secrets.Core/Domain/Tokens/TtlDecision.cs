namespace Platform.Secrets.Domain.Tokens;

/// <summary>A TTL granted, with Vault's warnings when something capped it.</summary>
public sealed record TtlDecision(TimeSpan Ttl, IReadOnlyList<string> Warnings);
