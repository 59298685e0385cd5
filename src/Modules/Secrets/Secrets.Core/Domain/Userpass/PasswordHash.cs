using System.Security.Cryptography;
using System.Text;

namespace Platform.Secrets.Domain.Userpass;

/// <summary>
/// Slow salted password hashes for userpass: PBKDF2-HMAC-SHA256, 600,000 iterations (OWASP's 2023 floor), 16-byte
/// random salt, 32-byte output, compared in constant time. Stored as <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c>
/// (base64) so the cost can be raised later and old hashes still verify.
/// </summary>
public static class PasswordHash
{
    public const int DefaultIterations = 600_000;
    private const string Scheme = "pbkdf2-sha256";

    public static string Create(string password, int iterations = DefaultIterations)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, 32);
        return $"{Scheme}${iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    /// <summary>False for a wrong password and for a stored value that is not one of our hashes (never throws on input).</summary>
    public static bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], out var iterations) || iterations < 1)
        {
            return false;
        }

        byte[] salt, expected;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            expected = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
