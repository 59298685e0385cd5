using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace Platform.Hcl.Evaluation;

/// <summary>
/// An HCL number: a binary floating-point value with an arbitrary-size mantissa, behaving like Go's
/// <c>big.Float</c> as go-cty uses it, so that results and their decimal text match Terraform's digit for digit.
/// </summary>
/// <remarks>
/// Invariants: the value is <c>±Mantissa × 2^Exponent</c> with the mantissa odd (or zero), which makes the
/// representation canonical. Every value also carries a precision in bits (as big.Float does): literals and
/// parsed strings get 512 bits, integers made from <see cref="long"/> get 64, doubles 53. Operations round
/// their exact result to nearest-even at the larger precision of their operands, except multiplication, which
/// (as in cty) keeps every bit of the product up to 512. Integers of any size are exact. Equality is cty's:
/// integers compare exactly, other values compare by their shortest decimal text at their own precision.
/// </remarks>
public readonly partial struct HclNumber : IEquatable<HclNumber>, IComparable<HclNumber>
{
    /// <summary>The precision of numbers read from text: cty's, so literals keep ~154 significant digits.</summary>
    public const int DefaultPrecision = 512;

    private const int IntegerPrecision = 64;

    private readonly BigInteger _mantissa;
    private readonly int _exponent;
    private readonly int _precision;
    private readonly bool _negative;
    private readonly bool _infinite;

    private HclNumber(bool negative, BigInteger mantissa, int exponent, int precision, bool infinite)
    {
        _negative = negative;
        _mantissa = mantissa;
        _exponent = exponent;
        _precision = precision;
        _infinite = infinite;
    }

    public static HclNumber Zero => new(false, BigInteger.Zero, 0, DefaultPrecision, false);

    public static HclNumber One => FromLong(1);

    public static HclNumber PositiveInfinity => new(false, BigInteger.Zero, 0, DefaultPrecision, true);

    public static HclNumber NegativeInfinity => new(true, BigInteger.Zero, 0, DefaultPrecision, true);

    /// <summary>Mantissa bits this value carries (big.Float's <c>Prec</c>).</summary>
    public int Precision => _precision == 0 ? IntegerPrecision : _precision;

    public bool IsInfinity => _infinite;

    public bool IsZero => !_infinite && _mantissa.IsZero;

    /// <summary>True for finite values without a fractional part.</summary>
    public bool IsInteger => !_infinite && (_mantissa.IsZero || _exponent >= 0);

    /// <summary>-1, 0 or 1; negative zero has sign 0.</summary>
    public int Sign => IsZero ? 0 : _negative ? -1 : 1;

    /// <summary>True when the sign bit is set, including for negative zero (which formats as "-0").</summary>
    public bool IsNegative => _negative;

    /// <summary>The fewest mantissa bits that represent this value exactly (big.Float's <c>MinPrec</c>).</summary>
    public int MinPrecision => _infinite || _mantissa.IsZero ? 0 : (int)_mantissa.GetBitLength();

    public static HclNumber FromLong(long value) =>
        Create(value < 0, BigInteger.Abs(value), 0, IntegerPrecision);

    /// <summary>An exact integer of any size (precision is at least 64 bits, more when the integer needs it).</summary>
    public static HclNumber FromBigInteger(BigInteger value)
    {
        var magnitude = BigInteger.Abs(value);
        var precision = Math.Max(IntegerPrecision, (int)magnitude.GetBitLength());
        return Create(value.Sign < 0, magnitude, 0, precision);
    }

    /// <summary>Exactly the binary value of a double (precision 53). NaN is not a number HCL can hold.</summary>
    public static HclNumber FromDouble(double value)
    {
        if (double.IsNaN(value))
        {
            throw new ArgumentException("NaN cannot be represented as an HCL number.", nameof(value));
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? PositiveInfinity : NegativeInfinity;
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var negative = bits < 0;
        var rawExponent = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & 0xFFFFFFFFFFFFFL;
        if (rawExponent == 0)
        {
            return Create(negative, fraction, -1074, 53);
        }

        return Create(negative, fraction | (1L << 52), rawExponent - 1075, 53);
    }

    /// <summary>Reads decimal text (<c>12</c>, <c>-1.5e3</c>) rounded to 512 bits, as cty's ParseNumberVal does.</summary>
    public static bool TryParse(string text, out HclNumber number) => HclNumberText.TryParse(text, DefaultPrecision, out number);

    public static HclNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new FormatException($"\"{text}\" is not a valid number.");

    /// <summary>The shortest decimal text that identifies this value at its precision, never in exponent form
    /// (Go's <c>Text('f', -1)</c>, which cty uses for number-to-string conversion and JSON).</summary>
    public override string ToString() => HclNumberText.Format(this);

    /// <summary>The integer part, truncated toward zero. Infinity has none.</summary>
    public BigInteger Truncate()
    {
        if (_infinite)
        {
            throw new OverflowException("Infinity has no integer part.");
        }

        var magnitude = _exponent >= 0 ? _mantissa << _exponent : _mantissa >> -_exponent;
        return _negative ? -magnitude : magnitude;
    }

    /// <summary>The largest integer not above this value.</summary>
    public BigInteger Floor()
    {
        var truncated = Truncate();
        return _negative && !IsInteger ? truncated - 1 : truncated;
    }

    /// <summary>The smallest integer not below this value.</summary>
    public BigInteger Ceiling()
    {
        var truncated = Truncate();
        return !_negative && !IsInteger ? truncated + 1 : truncated;
    }

    /// <summary>The value as a long when it is an integer in range.</summary>
    public bool TryGetLong(out long value)
    {
        value = 0;
        if (!IsInteger)
        {
            return false;
        }

        var integer = Truncate();
        if (integer < long.MinValue || integer > long.MaxValue)
        {
            return false;
        }

        value = (long)integer;
        return true;
    }

    public bool TryGetInt(out int value)
    {
        value = 0;
        if (!TryGetLong(out var l) || l < int.MinValue || l > int.MaxValue)
        {
            return false;
        }

        value = (int)l;
        return true;
    }

    /// <summary>The nearest double (may lose precision; huge values become infinity).</summary>
    public double ToDouble()
    {
        if (_infinite)
        {
            return _negative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (_mantissa.IsZero)
        {
            return _negative ? -0.0 : 0.0;
        }

        var rounded = Create(_negative, _mantissa, _exponent, 53);
        var magnitude = Math.ScaleB((double)rounded._mantissa, rounded._exponent);
        return _negative ? -magnitude : magnitude;
    }

    /// <summary>Numeric order (negative zero equals zero); the order sets of numbers iterate in.</summary>
    public int CompareTo(HclNumber other)
    {
        if (Sign != other.Sign)
        {
            return Sign.CompareTo(other.Sign);
        }

        if (Sign == 0)
        {
            return 0;
        }

        var magnitude = CompareMagnitude(this, other);
        return _negative ? -magnitude : magnitude;
    }

    /// <summary>cty's number equality: exact for integers, by shortest decimal text otherwise.</summary>
    public bool Equals(HclNumber other)
    {
        if (_infinite || other._infinite)
        {
            return _infinite == other._infinite && _negative == other._negative;
        }

        if (Sign != other.Sign || IsInteger != other.IsInteger)
        {
            return false;
        }

        if (IsInteger)
        {
            return CompareTo(other) == 0;
        }

        // Same precision means same canonical bits exactly; only mixed precisions need the text comparison.
        if (Precision == other.Precision)
        {
            return _mantissa == other._mantissa && _exponent == other._exponent;
        }

        return ToString() == other.ToString();
    }

    public override bool Equals([NotNullWhen(true)] object? obj) => obj is HclNumber other && Equals(other);

    public override int GetHashCode()
    {
        if (_infinite)
        {
            return _negative ? -1 : 1;
        }

        return IsInteger ? Truncate().GetHashCode() : ToString().GetHashCode(StringComparison.Ordinal);
    }

    public static bool operator ==(HclNumber left, HclNumber right) => left.Equals(right);

    public static bool operator !=(HclNumber left, HclNumber right) => !left.Equals(right);

    public static bool operator <(HclNumber left, HclNumber right) => left.CompareTo(right) < 0;

    public static bool operator >(HclNumber left, HclNumber right) => left.CompareTo(right) > 0;

    public static bool operator <=(HclNumber left, HclNumber right) => left.CompareTo(right) <= 0;

    public static bool operator >=(HclNumber left, HclNumber right) => left.CompareTo(right) >= 0;

    public static implicit operator HclNumber(long value) => FromLong(value);

    internal BigInteger RawMantissa => _mantissa;

    internal int RawExponent => _exponent;

    /// <summary>Rounds <c>±mantissa × 2^exponent</c> to <paramref name="precision"/> bits (nearest, ties to even),
    /// <paramref name="sticky"/> meaning "the true value is a little above this mantissa", and canonicalizes.</summary>
    internal static HclNumber Create(bool negative, BigInteger mantissa, int exponent, int precision, bool sticky = false)
    {
        if (mantissa.IsZero)
        {
            return new HclNumber(negative, BigInteger.Zero, 0, precision, false);
        }

        var bits = (int)mantissa.GetBitLength();
        if (bits > precision)
        {
            var shift = bits - precision;
            var quotient = mantissa >> shift;
            var half = !(mantissa & (BigInteger.One << (shift - 1))).IsZero;
            var rest = sticky || !(mantissa & ((BigInteger.One << (shift - 1)) - 1)).IsZero;
            if (half && (rest || !quotient.IsEven))
            {
                quotient += 1;
            }

            mantissa = quotient;
            exponent += shift;
        }

        var zeros = (int)BigInteger.TrailingZeroCount(mantissa);
        if (zeros > 0)
        {
            mantissa >>= zeros;
            exponent += zeros;
        }

        return new HclNumber(negative, mantissa, exponent, precision, false);
    }

    internal static HclNumber Infinity(bool negative) => negative ? NegativeInfinity : PositiveInfinity;

    private static int CompareMagnitude(HclNumber a, HclNumber b)
    {
        if (a._infinite || b._infinite)
        {
            return a._infinite.CompareTo(b._infinite);
        }

        // Compare by bit position of the leading 1 first, so huge exponent gaps never build huge integers.
        var aTop = (long)a._mantissa.GetBitLength() + a._exponent;
        var bTop = (long)b._mantissa.GetBitLength() + b._exponent;
        if (aTop != bTop)
        {
            return aTop.CompareTo(bTop);
        }

        var common = Math.Min(a._exponent, b._exponent);
        return (a._mantissa << (a._exponent - common)).CompareTo(b._mantissa << (b._exponent - common));
    }
}
