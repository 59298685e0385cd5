namespace Platform.Kernel.Auth;

/// <summary>
/// Who is calling, as resolved from the token by <see cref="ITokenAuthenticator"/>. Carries no secret: the token
/// itself stays in <see cref="CallContext"/>.
/// </summary>
/// <param name="Accessor">The token's accessor (safe to log after hashing, used for audit and revoke-accessor).</param>
/// <param name="Policies">Policy names attached to the token, <c>root</c> included when present.</param>
/// <param name="DisplayName">Vault's display name (e.g. <c>token</c>, <c>ldap-alice</c>).</param>
/// <param name="TokenId">Opaque storage id of the token (never the token itself).</param>
public sealed record RequestIdentity(
    string Accessor,
    IReadOnlyList<string> Policies,
    string DisplayName,
    string TokenId,
    IReadOnlyDictionary<string, string> Metadata)
{
    public bool IsRoot => Policies.Contains("root", StringComparer.Ordinal);
}
