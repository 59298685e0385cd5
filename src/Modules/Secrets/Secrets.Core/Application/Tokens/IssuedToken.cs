using Platform.Secrets.Domain.Tokens;

namespace Platform.Secrets.Application.Tokens;

/// <summary>A token just created: the secret (shown once to the caller) and what was stored for it.</summary>
public sealed record IssuedToken(string Token, string TokenId, TokenEntry Entry);
