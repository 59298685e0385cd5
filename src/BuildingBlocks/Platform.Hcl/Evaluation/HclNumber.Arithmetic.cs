using System.Numerics;

namespace Platform.Hcl.Evaluation;

// Arithmetic with cty's precision rules (cty/value_ops.go on top of Go's big.Float): the exact result is
// rounded once, to nearest-even, at the larger operand precision; Multiply keeps up to 512 bits.
public readonly partial struct HclNumber
{
    public static HclNumber operator -(HclNumber value) =>
        new(!value._negative, value._mantissa, value._exponent, value._precision, value._infinite);

    public static HclNumber operator +(HclNumber left, HclNumber right) => Add(left, right);

    public static HclNumber operator -(HclNumber left, HclNumber right) => Add(left, -right);

    public static HclNumber operator *(HclNumber left, HclNumber right) => Multiply(left, right);

    public static HclNumber operator /(HclNumber left, HclNumber right) => Divide(left, right);

    public static HclNumber operator %(HclNumber left, HclNumber right) => Modulo(left, right);

    public HclNumber Abs() => _negative ? -this : this;

    public static HclNumber Add(HclNumber x, HclNumber y)
    {
        var precision = Math.Max(x.Precision, y.Precision);
        if (x._infinite || y._infinite)
        {
            if (x._infinite && y._infinite && x._negative != y._negative)
            {
                throw new ArithmeticException("Cannot add infinities of opposite sign.");
            }

            return x._infinite ? x : y;
        }

        if (x.IsZero && y.IsZero)
        {
            // big.Float: -0 + -0 = -0, every other sum of zeros is +0.
            return Create(x._negative && y._negative, BigInteger.Zero, 0, precision);
        }

        var common = Math.Min(x.IsZero ? y._exponent : x._exponent, y.IsZero ? x._exponent : y._exponent);
        var a = x.IsZero ? BigInteger.Zero : x._mantissa << (x._exponent - common);
        var b = y.IsZero ? BigInteger.Zero : y._mantissa << (y._exponent - common);
        var sum = (x._negative ? -a : a) + (y._negative ? -b : b);
        return Create(sum.Sign < 0, BigInteger.Abs(sum), common, precision);
    }

    public static HclNumber Multiply(HclNumber x, HclNumber y)
    {
        var negative = x._negative != y._negative;
        if (x._infinite || y._infinite)
        {
            if (x.IsZero || y.IsZero)
            {
                throw new ArithmeticException("Cannot multiply zero by infinity.");
            }

            return Infinity(negative);
        }

        var precision = Math.Max(x.Precision, y.Precision);
        var product = Create(negative, x._mantissa * y._mantissa, x._exponent + y._exponent, DefaultPrecision);
        var kept = Math.Max(precision, product.MinPrecision);
        return new HclNumber(negative, product._mantissa, product._exponent, kept, false);
    }

    /// <summary>Division; a non-zero value over zero is an infinity, zero over zero is an error (as in cty).</summary>
    public static HclNumber Divide(HclNumber x, HclNumber y)
    {
        var negative = x._negative != y._negative;
        var precision = Math.Max(x.Precision, y.Precision);
        if ((x.IsZero && y.IsZero) || (x._infinite && y._infinite))
        {
            throw new ArithmeticException("can't divide zero by zero or infinity by infinity");
        }

        if (x._infinite || y.IsZero)
        {
            return Infinity(negative);
        }

        if (y._infinite || x.IsZero)
        {
            return Create(negative, BigInteger.Zero, 0, precision);
        }

        return Quotient(negative, x._mantissa, y._mantissa, x._exponent - y._exponent, precision);
    }

    /// <summary>
    /// cty's modulo: <c>x - y × trunc(x / y)</c> (so the result takes the sign of x), x itself when y is
    /// zero, and an infinity when either side is infinite.
    /// </summary>
    public static HclNumber Modulo(HclNumber x, HclNumber y)
    {
        if (x._infinite || y._infinite)
        {
            return Multiply(x, y);
        }

        if (y.IsZero)
        {
            return x;
        }

        var ratio = Divide(x, y);
        var truncated = ratio.Truncate();
        var work = Create(truncated.Sign < 0, BigInteger.Abs(truncated), 0, x.Precision);
        var product = Create(work._negative != y._negative, work._mantissa * y._mantissa, work._exponent + y._exponent, x.Precision);
        return Add(x, -product);
    }

    /// <summary><c>±(numerator / denominator) × 2^exponent</c>, correctly rounded to <paramref name="precision"/> bits.</summary>
    internal static HclNumber Quotient(bool negative, BigInteger numerator, BigInteger denominator, int exponent, int precision)
    {
        // Enough quotient bits for a round bit below the last kept one; the remainder is the sticky bit.
        var shift = Math.Max(0, precision + 2 + (int)denominator.GetBitLength() - (int)numerator.GetBitLength());
        var quotient = BigInteger.DivRem(numerator << shift, denominator, out var remainder);
        return Create(negative, quotient, exponent - shift, precision, sticky: !remainder.IsZero);
    }
}
