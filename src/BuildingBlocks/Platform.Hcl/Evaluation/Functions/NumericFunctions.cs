using System.Numerics;
using static Platform.Hcl.Evaluation.Functions.FunctionTable;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>Terraform's numeric functions (cty stdlib semantics: pow and log go through float64, as in Go).</summary>
internal static class NumericFunctions
{
    private const string Digits62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public static IEnumerable<KeyValuePair<string, HclFunction>> All()
    {
        yield return new("abs", Define([Param("num", HclType.Number)], HclType.Number, a => HclValue.FromNumber(a[0].AsNumber().Abs())));
        yield return new("ceil", Define([Param("num", HclType.Number)], HclType.Number, a => Rounded(a[0].AsNumber(), n => n.Ceiling())));
        yield return new("floor", Define([Param("num", HclType.Number)], HclType.Number, a => Rounded(a[0].AsNumber(), n => n.Floor())));
        yield return new("log", Define([Param("num", HclType.Number), Param("base", HclType.Number)], HclType.Number,
            a => Float(Math.Log(a[0].AsDouble()) / Math.Log(a[1].AsDouble()))));
        yield return new("pow", Define([Param("num", HclType.Number), Param("power", HclType.Number)], HclType.Number,
            a => Float(Math.Pow(a[0].AsDouble(), a[1].AsDouble()))));
        yield return new("signum", Define([Param("num", HclType.Number)], HclType.Number, a => Num(a[0].AsNumber().Sign)));
        yield return new("max", Define([], HclType.Number, a => Extreme(a, pickGreater: true), Param("numbers", HclType.Number)));
        yield return new("min", Define([], HclType.Number, a => Extreme(a, pickGreater: false), Param("numbers", HclType.Number)));
        yield return new("parseint", Define([Param("number", HclType.String), Param("base", HclType.Number)], HclType.Number, ParseInt));
    }

    // Go's math gives NaN for log(-1) or pow(-8, 1/3); cty cannot hold NaN, so that is an error, not a value.
    private static HclValue Float(double value) =>
        double.IsNaN(value) ? throw new FunctionCallException("the result is not a number (NaN)") : HclValue.FromNumber(value);

    private static HclValue Rounded(HclNumber number, Func<HclNumber, BigInteger> round) =>
        number.IsInfinity ? HclValue.FromNumber(number) : HclValue.FromNumber(HclNumber.FromBigInteger(round(number)));

    private static HclValue Extreme(IReadOnlyList<HclValue> args, bool pickGreater)
    {
        if (args.Count == 0)
        {
            throw new FunctionCallException("must pass at least one number");
        }

        var best = args[0].AsNumber();
        foreach (var arg in args.Skip(1))
        {
            var n = arg.AsNumber();
            if (pickGreater ? n > best : n < best)
            {
                best = n;
            }
        }

        return HclValue.FromNumber(best);
    }

    private static HclValue ParseInt(IReadOnlyList<HclValue> args)
    {
        var text = args[0].AsString();
        var baseNumber = args[1].AsNumber();
        if (!baseNumber.IsInteger || !baseNumber.TryGetInt(out var radix))
        {
            throw new FunctionCallException(1, $"base must be a whole number, got {baseNumber}");
        }

        if (radix < 2 || radix > 62)
        {
            throw new FunctionCallException(1, "base must be a whole number between 2 and 62 inclusive");
        }

        return TryParseInteger(text, radix, out var value)
            ? HclValue.FromNumber(HclNumber.FromBigInteger(value))
            : throw new FunctionCallException(0, $"cannot parse \"{text}\" as a base {radix} integer");
    }

    // Go's big.Int SetString with an explicit base: optional sign, then digits only (no prefix, no underscores);
    // letters are case-insensitive up to base 36, and from base 37 lower case comes before upper case.
    private static bool TryParseInteger(string text, int radix, out BigInteger value)
    {
        value = BigInteger.Zero;
        var negative = text.StartsWith('-');
        var digits = negative || text.StartsWith('+') ? text[1..] : text;
        if (digits.Length == 0)
        {
            return false;
        }

        foreach (var c in digits)
        {
            var digit = radix <= 36 ? Digits62.IndexOf(char.ToLowerInvariant(c)) : Digits62.IndexOf(c);
            if (digit < 0 || digit >= radix)
            {
                return false;
            }

            value = value * radix + digit;
        }

        value = negative ? -value : value;
        return true;
    }
}
