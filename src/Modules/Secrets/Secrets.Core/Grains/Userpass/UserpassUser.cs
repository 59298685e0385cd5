using Platform.Secrets.Grains.Auth;

namespace Platform.Secrets.Grains.Userpass;

/// <summary>
/// A userpass user: the password only as a slow salted hash (<c>Domain/Userpass/PasswordHash</c>), and the token
/// settings its logins get. Never renumber the ids.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record UserpassUser
{
    [Id(0)] public required string PasswordHash { get; init; }

    [Id(1)] public AuthTokenSettings Token { get; init; } = new();

    /// <summary>
    /// The policies were last set through the old <c>policies</c> field, which Vault then also shows on read (it
    /// drops the old field once <c>token_policies</c> is written).
    /// </summary>
    [Id(2)] public bool PoliciesFromLegacyField { get; init; }
}
