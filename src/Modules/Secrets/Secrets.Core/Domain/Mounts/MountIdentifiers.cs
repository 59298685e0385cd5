using System.Security.Cryptography;

namespace Platform.Secrets.Domain.Mounts;

/// <summary>
/// The identifiers Vault gives a mount when it is enabled: a random UUID (names the engine's data) and an accessor
/// of the form <c>kv_1a2b3c4d</c> for secrets engines and <c>auth_userpass_1a2b3c4d</c> for auth methods.
/// </summary>
public static class MountIdentifiers
{
    public static string NewUuid() => Guid.NewGuid().ToString();

    public static string NewAccessor(string type, bool auth) =>
        (auth ? "auth_" : "") + type + "_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
}
