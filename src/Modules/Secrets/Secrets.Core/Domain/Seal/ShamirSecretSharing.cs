using System.Security.Cryptography;

namespace Platform.Secrets.Domain.Seal;

/// <summary>
/// Shamir's secret sharing over GF(256), as Vault splits its unseal key: each byte of the secret is the constant
/// term of its own random polynomial of degree threshold−1, and a share holds that polynomial's value at one
/// x-coordinate for every byte. A share is laid out as Vault's are, the y-bytes followed by the one-byte x, so
/// it is one byte longer than the secret. Any threshold of the shares rebuild the secret; fewer reveal nothing.
/// Shamir alone cannot tell a corrupted share: combining one yields a different secret, which the caller detects
/// when that key fails to decrypt (the root key is sealed with AES-GCM).
/// </summary>
public static class ShamirSecretSharing
{
    public const int MaxShares = 255;

    public static IReadOnlyList<byte[]> Split(ReadOnlySpan<byte> secret, int shares, int threshold)
    {
        if (secret.Length == 0)
        {
            throw new ArgumentException("The secret to split is empty.", nameof(secret));
        }

        if (threshold < 2 || threshold > shares || shares > MaxShares)
        {
            throw new ArgumentOutOfRangeException(
                nameof(threshold),
                $"Shares must be between the threshold and {MaxShares}, and the threshold at least 2 (got {shares} shares, threshold {threshold}).");
        }

        // Distinct, non-zero x-coordinates in random order (x = 0 would hand out the secret itself).
        var xs = Enumerable.Range(1, MaxShares).Select(x => (byte)x).ToArray();
        RandomNumberGenerator.Shuffle(xs.AsSpan());

        var result = new byte[shares][];
        for (var s = 0; s < shares; s++)
        {
            result[s] = new byte[secret.Length + 1];
            result[s][secret.Length] = xs[s];
        }

        var coefficients = new byte[threshold];
        try
        {
            for (var i = 0; i < secret.Length; i++)
            {
                coefficients[0] = secret[i];
                RandomNumberGenerator.Fill(coefficients.AsSpan(1));
                for (var s = 0; s < shares; s++)
                {
                    result[s][i] = Evaluate(coefficients, xs[s]);
                }
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(coefficients);
        }

        return result;
    }

    /// <summary>Rebuilds the secret from at least threshold shares (more are fine; they must all be of one split).</summary>
    public static byte[] Combine(IReadOnlyList<byte[]> shares)
    {
        if (shares.Count < 2)
        {
            throw new ArgumentException("At least two shares are needed to rebuild a secret.", nameof(shares));
        }

        var length = shares[0].Length;
        if (length < 2 || shares.Any(s => s.Length != length))
        {
            throw new ArgumentException("Shares must all have the same length, of at least two bytes.", nameof(shares));
        }

        var xs = shares.Select(s => s[length - 1]).ToArray();
        if (xs.Distinct().Count() != xs.Length || xs.Contains((byte)0))
        {
            throw new ArgumentException("Each share must have its own non-zero x-coordinate; a share was given twice or is malformed.", nameof(shares));
        }

        var secret = new byte[length - 1];
        for (var i = 0; i < secret.Length; i++)
        {
            secret[i] = InterpolateAtZero(xs, shares, i);
        }

        return secret;
    }

    // Horner's rule: c0 + x(c1 + x(c2 + …)).
    private static byte Evaluate(byte[] coefficients, byte x)
    {
        var y = coefficients[^1];
        for (var i = coefficients.Length - 2; i >= 0; i--)
        {
            y = GaloisField256.Add(GaloisField256.Multiply(y, x), coefficients[i]);
        }

        return y;
    }

    // Lagrange: f(0) = Σ y_j Π_{m≠j} x_m / (x_m − x_j); subtraction is XOR in GF(2^8).
    private static byte InterpolateAtZero(byte[] xs, IReadOnlyList<byte[]> shares, int index)
    {
        byte result = 0;
        for (var j = 0; j < xs.Length; j++)
        {
            byte basis = 1;
            for (var m = 0; m < xs.Length; m++)
            {
                if (m != j)
                {
                    basis = GaloisField256.Multiply(basis, GaloisField256.Divide(xs[m], GaloisField256.Add(xs[m], xs[j])));
                }
            }

            result = GaloisField256.Add(result, GaloisField256.Multiply(shares[j][index], basis));
        }

        return result;
    }
}
