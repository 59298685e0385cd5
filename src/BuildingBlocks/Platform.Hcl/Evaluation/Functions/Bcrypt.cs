using System.Security.Cryptography;
using System.Text;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// bcrypt password hashing as Go's golang.org/x/crypto/bcrypt produces it for Terraform's <c>bcrypt</c>:
/// version <c>$2a$</c>, a random 16-byte salt, the password plus a NUL byte as the key, at most 72 bytes.
/// </summary>
internal static class Bcrypt
{
    private const string Alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static readonly byte[] MagicText = Encoding.ASCII.GetBytes("OrpheanBeholderScryDoubt");

    public static string Hash(string password, int cost) => Hash(password, cost, RandomNumberGenerator.GetBytes(16));

    /// <summary>The hash with a given salt (for verification and tests).</summary>
    public static string Hash(string password, int cost, byte[] salt)
    {
        if (cost is < 4 or > 31)
        {
            throw new ArgumentOutOfRangeException(nameof(cost), $"crypto/bcrypt: cost {cost} is outside allowed range (4,31)");
        }

        var passwordBytes = Encoding.UTF8.GetBytes(password);
        if (passwordBytes.Length > 72)
        {
            throw new ArgumentException("bcrypt: password length exceeds 72 bytes", nameof(password));
        }

        var key = new byte[passwordBytes.Length + 1];
        passwordBytes.CopyTo(key, 0);

        var state = BlowfishTables.InitialState();
        ExpandKey(state, key, salt);
        for (long round = 0, rounds = 1L << cost; round < rounds; round++)
        {
            ExpandKey(state, key, null);
            ExpandKey(state, salt, null);
        }

        var words = new uint[6];
        for (var i = 0; i < 6; i++)
        {
            words[i] = (uint)((MagicText[i * 4] << 24) | (MagicText[(i * 4) + 1] << 16) | (MagicText[(i * 4) + 2] << 8) | MagicText[(i * 4) + 3]);
        }

        for (var n = 0; n < 64; n++)
        {
            for (var i = 0; i < 6; i += 2)
            {
                (words[i], words[i + 1]) = Encipher(state, words[i], words[i + 1]);
            }
        }

        var cipher = new byte[24];
        for (var i = 0; i < 6; i++)
        {
            cipher[i * 4] = (byte)(words[i] >> 24);
            cipher[(i * 4) + 1] = (byte)(words[i] >> 16);
            cipher[(i * 4) + 2] = (byte)(words[i] >> 8);
            cipher[(i * 4) + 3] = (byte)words[i];
        }

        return $"$2a${cost:00}${Base64(salt)}{Base64(cipher.AsSpan(0, 23))}";
    }

    private static void ExpandKey(uint[] state, byte[] key, byte[]? salt)
    {
        var keyPos = 0;
        for (var i = 0; i < BlowfishTables.PCount; i++)
        {
            state[i] ^= StreamWord(key, ref keyPos);
        }

        var saltPos = 0;
        uint left = 0, right = 0;
        for (var i = 0; i < state.Length; i += 2)
        {
            if (salt is not null)
            {
                left ^= StreamWord(salt, ref saltPos);
                right ^= StreamWord(salt, ref saltPos);
            }

            (left, right) = Encipher(state, left, right);
            state[i] = left;
            state[i + 1] = right;
        }
    }

    private static uint StreamWord(byte[] data, ref int pos)
    {
        uint word = 0;
        for (var i = 0; i < 4; i++)
        {
            word = (word << 8) | data[pos];
            pos = (pos + 1) % data.Length;
        }

        return word;
    }

    private static (uint Left, uint Right) Encipher(uint[] state, uint left, uint right)
    {
        left ^= state[0];
        for (var i = 1; i <= 16; i += 2)
        {
            right ^= F(state, left) ^ state[i];
            left ^= F(state, right) ^ state[i + 1];
        }

        right ^= state[17];
        return (right, left);
    }

    private static uint F(uint[] state, uint x)
    {
        const int s0 = 18, s1 = 18 + 256, s2 = 18 + 512, s3 = 18 + 768;
        return ((state[s0 + (int)(x >> 24)] + state[s1 + (int)((x >> 16) & 0xFF)]) ^ state[s2 + (int)((x >> 8) & 0xFF)]) + state[s3 + (int)(x & 0xFF)];
    }

    // bcrypt's own base64: its alphabet, no padding.
    private static string Base64(ReadOnlySpan<byte> data)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < data.Length; i += 3)
        {
            var chunk = data.Slice(i, Math.Min(3, data.Length - i));
            var value = chunk[0] << 16 | (chunk.Length > 1 ? chunk[1] << 8 : 0) | (chunk.Length > 2 ? chunk[2] : 0);
            for (var j = 0; j <= chunk.Length; j++)
            {
                builder.Append(Alphabet[(value >> (18 - (6 * j))) & 0x3F]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Decodes bcrypt's base64 (used to take the salt out of a stored hash).</summary>
    public static byte[] DecodeBase64(string text)
    {
        var bytes = new List<byte>();
        var buffer = 0;
        var bitCount = 0;
        foreach (var c in text)
        {
            buffer = (buffer << 6) | Alphabet.IndexOf(c);
            bitCount += 6;
            if (bitCount >= 8)
            {
                bitCount -= 8;
                bytes.Add((byte)(buffer >> bitCount));
            }
        }

        return [.. bytes];
    }
}
