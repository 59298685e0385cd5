using System.Security.Cryptography;
using System.Text;

namespace Platform.Secrets.Domain.Audit;

/// <summary>
/// Vault's audit hashing: HMAC-SHA256 keyed by the device's salt, written as <c>hmac-sha256:&lt;hex&gt;</c>. The same
/// input always gives the same hash on one device, so an operator can find a known token in the log with
/// <c>sys/audit-hash</c> without the log ever holding the token.
/// </summary>
public sealed class AuditHmac
{
    public const string Prefix = "hmac-sha256:";

    /// <summary>Vault's salts are 32 random bytes; so are ours.</summary>
    public const int SaltLength = 32;

    private readonly byte[] _salt;

    public AuditHmac(byte[] salt)
    {
        if (salt.Length < SaltLength)
        {
            throw new ArgumentException($"An audit salt needs at least {SaltLength} bytes.", nameof(salt));
        }

        _salt = salt.ToArray();
    }

    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(SaltLength);

    public string Hash(string value)
    {
        var input = Encoding.UTF8.GetBytes(value);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_salt, input, mac);
        return Prefix + Convert.ToHexStringLower(mac);
    }
}
