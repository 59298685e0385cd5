using System.Security.Cryptography;
using System.Text;

namespace Platform.Secrets.Domain.Tokens;

/// <summary>
/// Token and accessor values, and the one-way storage id of a token. Tokens look like Vault 1.10+'s service tokens
/// (<c>hvs.</c> + 24 base62 characters, about 142 random bits); accessors are 24 base62 characters.
/// </summary>
public static class TokenSecrets
{
    public const string ServicePrefix = "hvs.";

    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string NewToken() => ServicePrefix + RandomBase62(24);

    public static string NewAccessor() => RandomBase62(24);

    /// <summary>
    /// The id a token is stored and addressed under (lower-case hex SHA-256). A token is a secret, so it is never a
    /// grain key or a storage key itself; random tokens carry enough entropy that an unsalted hash reveals nothing.
    /// </summary>
    public static string Hash(string token)
    {
        Span<byte> hash = stackalloc byte[32];
        var length = Encoding.UTF8.GetByteCount(token);
        var bytes = length <= 256 ? stackalloc byte[length] : new byte[length];
        Encoding.UTF8.GetBytes(token, bytes);
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash);
    }

    // GetItems picks uniformly (no modulo bias).
    private static string RandomBase62(int length) => new(RandomNumberGenerator.GetItems<char>(Base62, length));
}
