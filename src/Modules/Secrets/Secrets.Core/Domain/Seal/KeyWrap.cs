using System.Security.Cryptography;

namespace Platform.Secrets.Domain.Seal;

/// <summary>
/// AES-256-GCM wrapping of one key by another (root key by the unseal key, keyring by the root key). The purpose is
/// bound as associated data so a wrapped root key cannot be passed off as a keyring. Layout: nonce(12) | ct | tag(16).
/// </summary>
public static class KeyWrap
{
    public static byte[] Wrap(ReadOnlySpan<byte> key, ReadOnlySpan<byte> plaintext, string purpose)
    {
        var output = new byte[12 + plaintext.Length + 16];
        RandomNumberGenerator.Fill(output.AsSpan(0, 12));
        using var gcm = new AesGcm(key, 16);
        gcm.Encrypt(output.AsSpan(0, 12), plaintext, output.AsSpan(12, plaintext.Length), output.AsSpan(12 + plaintext.Length), System.Text.Encoding.ASCII.GetBytes(purpose));
        return output;
    }

    /// <returns>The plaintext, or null when the key is wrong or the bytes were altered.</returns>
    public static byte[]? TryUnwrap(ReadOnlySpan<byte> key, ReadOnlySpan<byte> wrapped, string purpose)
    {
        if (key.Length != 32 || wrapped.Length < 28)
        {
            return null;
        }

        var plaintext = new byte[wrapped.Length - 28];
        using var gcm = new AesGcm(key, 16);
        try
        {
            gcm.Decrypt(wrapped[..12], wrapped[12..^16], wrapped[^16..], plaintext, System.Text.Encoding.ASCII.GetBytes(purpose));
            return plaintext;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }
}
