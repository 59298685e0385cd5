using Platform.Secrets.Domain.Tokens;

namespace Platform.Secrets.Grains.Tokens;

/// <summary>What a token grain persists (behind the barrier). No entry: the token does not exist or was revoked.</summary>
[GenerateSerializer]
public sealed class TokenState
{
    [Id(0)]
    public TokenEntry? Entry { get; set; }

    /// <summary>Set once the first child is registered, so revoking a childless token touches no child index.</summary>
    [Id(1)]
    public bool HasChildren { get; set; }

    /// <summary>Set once a secret lease is issued to the token, so revoking a token without any touches no lease index.</summary>
    [Id(2)]
    public bool HasLeases { get; set; }
}
