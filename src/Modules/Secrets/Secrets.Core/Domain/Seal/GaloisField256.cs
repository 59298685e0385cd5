namespace Platform.Secrets.Domain.Seal;

/// <summary>
/// Arithmetic in GF(2^8) with the AES polynomial x^8 + x^4 + x^3 + x + 1, the field Shamir's scheme works in
/// byte by byte. Addition is XOR. Multiplication is carry-less shift-and-add with no table and no branch on the
/// operands' values, so the time it takes does not depend on key bytes.
/// </summary>
internal static class GaloisField256
{
    public static byte Add(byte a, byte b) => (byte)(a ^ b);

    public static byte Multiply(byte a, byte b)
    {
        var product = 0;
        var x = (int)a;
        for (var bit = 0; bit < 8; bit++)
        {
            // Masks instead of ifs: add x when this bit of b is set; reduce x by the polynomial when it overflows.
            product ^= x & -((b >> bit) & 1);
            x = (x << 1) ^ (0x11B & -((x >> 7) & 1));
        }

        return (byte)product;
    }

    /// <summary>a^254 = a^-1 for a ≠ 0 (the multiplicative group has order 255); 0 maps to 0.</summary>
    public static byte Inverse(byte a)
    {
        var result = (byte)1;
        var power = a;
        for (var exponent = 254; exponent > 0; exponent >>= 1)
        {
            var factor = Multiply(result, power);
            result = (exponent & 1) == 1 ? factor : result;
            power = Multiply(power, power);
        }

        return result;
    }

    public static byte Divide(byte a, byte b) =>
        b == 0 ? throw new DivideByZeroException("Division by zero in GF(256).") : Multiply(a, Inverse(b));
}
