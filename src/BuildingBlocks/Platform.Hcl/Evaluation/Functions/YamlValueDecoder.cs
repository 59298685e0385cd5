using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// Terraform's <c>yamldecode</c>: one YAML document into a value of inferred type (mappings become objects,
/// sequences tuples). Plain scalars are resolved as go-yaml resolves them: null (<c>~</c>, <c>null</c>, empty),
/// booleans (including YAML 1.1's y/n/yes/no/on/off), decimal numbers, 0b binaries and timestamps (as RFC 3339
/// strings); hex and octal only with <c>!!int</c>; quoted scalars and <c>!!str</c> stay strings; other tags are refused.
/// </summary>
internal static partial class YamlValueDecoder
{
    private static readonly HashSet<string> TrueWords = new(StringComparer.Ordinal) { "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON" };
    private static readonly HashSet<string> FalseWords = new(StringComparer.Ordinal) { "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF" };
    private static readonly HashSet<string> NullWords = new(StringComparer.Ordinal) { "", "~", "null", "Null", "NULL" };

    private const string StrTag = "tag:yaml.org,2002:str";
    private const string BinaryTag = "tag:yaml.org,2002:binary";
    private const string NullTag = "tag:yaml.org,2002:null";
    private const string BoolTag = "tag:yaml.org,2002:bool";
    private const string IntTag = "tag:yaml.org,2002:int";
    private const string FloatTag = "tag:yaml.org,2002:float";
    private const string TimestampTag = "tag:yaml.org,2002:timestamp";

    private static readonly HashSet<string> ResolvableTags = new(StringComparer.Ordinal) { StrTag, BinaryTag, NullTag, BoolTag, IntTag, FloatTag, TimestampTag };

    /// <summary>Decodes; throws <see cref="FormatException"/> for malformed YAML.</summary>
    public static HclValue Decode(string text)
    {
        var stream = new YamlStream();
        try
        {
            RefuseDeepNesting(text);
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new FormatException($"on line {e.Start.Line}, column {e.Start.Column}: {e.InnerException?.Message ?? e.Message}");
        }

        return stream.Documents.Count switch
        {
            0 => HclValue.DynamicNull,
            1 => Convert(stream.Documents[0].RootNode),
            _ => throw new FormatException("unexpected extra content after value"),
        };
    }

    // YamlStream.Load and Convert recurse once per nesting level, and a stack overflow kills the process, so
    // the event stream (read without recursion) is checked first; real documents nest a few dozen levels.
    private const int MaxDepth = 1000;

    private static void RefuseDeepNesting(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            if (parser.Current is SequenceStart or MappingStart && ++depth > MaxDepth)
            {
                throw new FormatException($"exceeded max depth of {MaxDepth}");
            }

            if (parser.Current is SequenceEnd or MappingEnd)
            {
                depth--;
            }
        }
    }

    private static HclValue Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => HclValue.Object(mapping.Children.Select(c => KeyValuePair.Create(Key(c.Key), Convert(c.Value)))
            .GroupBy(kv => kv.Key, StringComparer.Ordinal).Select(g => g.Last())),
        YamlSequenceNode sequence => HclValue.Tuple(sequence.Children.Select(Convert).ToList()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new FormatException($"unsupported YAML node at line {node.Start.Line}"),
    };

    private static string Key(YamlNode node) => node switch
    {
        YamlScalarNode scalar => Scalar(scalar) is var value && value.IsNull ? "null"
            : value.Type.Kind == HclTypeKind.Bool ? (value.AsBool() ? "true" : "false")
            : value.Type.Kind == HclTypeKind.Number ? value.AsNumber().ToString() : value.AsString(),
        _ => throw new FormatException($"on line {node.Start.Line}: only scalar mapping keys are supported"),
    };

    private static HclValue Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        var tag = scalar.Tag.IsEmpty ? "" : scalar.Tag.Value;
        var quoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded;
        if (tag == "!" || (tag.Length == 0 && quoted))
        {
            tag = StrTag;
        }

        if (tag.Length > 0 && !ResolvableTags.Contains(tag))
        {
            throw new FormatException($"unsupported tag \"{tag}\"");
        }

        if (tag is not (StrTag or BinaryTag) && text.Length > 0 && ResolvesAsPlain(text, tag) is { } plain)
        {
            return plain;
        }

        switch (tag)
        {
            case StrTag:
                return HclValue.FromString(text);
            case BinaryTag:
                return IsBase64(text) ? HclValue.FromString(text) : throw new FormatException($"cannot parse \"{text}\" as {tag}: not valid base64");
            case NullTag:
                return HclValue.DynamicNull;
            case BoolTag:
                return TrueWords.Contains(text) ? HclValue.True : FalseWords.Contains(text) ? HclValue.False
                    : throw new FormatException($"cannot parse \"{text}\" as {tag}");
            case IntTag or FloatTag:
                return TaggedNumber(text) ?? throw new FormatException($"cannot parse \"{text}\" as {tag}");
            case TimestampTag:
                return Timestamp(text) ?? throw new FormatException($"cannot parse \"{text}\" as {tag}");
            default:
                return text.Length == 0 ? HclValue.DynamicNull : HclValue.FromString(text);
        }
    }

    // go-yaml's implicit resolution of an untagged (or number/bool-tagged) plain scalar: well-known words, then
    // decimal numbers, timestamps and 0b binaries. Hex and octal are numbers only when tagged !!int.
    private static HclValue? ResolvesAsPlain(string text, string tag)
    {
        if (NullWords.Contains(text))
        {
            return HclValue.DynamicNull;
        }

        if (TrueWords.Contains(text))
        {
            return HclValue.True;
        }

        if (FalseWords.Contains(text))
        {
            return HclValue.False;
        }

        switch (text)
        {
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                return HclValue.FromNumber(HclNumber.PositiveInfinity);
            case "-.inf" or "-.Inf" or "-.INF":
                return HclValue.FromNumber(HclNumber.NegativeInfinity);
            case ".nan" or ".NaN" or ".NAN":
                throw new FormatException("floating point NaN is not supported");
        }

        var first = text[0];
        if (first == '.')
        {
            return DecimalNumber().IsMatch(text) && HclNumber.TryParse(text, out var fraction) ? HclValue.FromNumber(fraction) : null;
        }

        if (!(char.IsAsciiDigit(first) || first is '+' or '-'))
        {
            return null;
        }

        if ((tag.Length == 0 || tag == TimestampTag) && Timestamp(text) is { } time)
        {
            return time;
        }

        var plain = text.Replace("_", "", StringComparison.Ordinal);
        if (DecimalNumber().IsMatch(plain) && HclNumber.TryParse(plain.TrimStart('+'), out var number))
        {
            return HclValue.FromNumber(number);
        }

        return plain.StartsWith("0b", StringComparison.Ordinal) || plain.StartsWith("-0b", StringComparison.Ordinal) ? TaggedNumber(plain) : null;
    }

    // strconv.ParseInt with base 0: decimal, 0x hex, 0o or leading-0 octal, 0b binary, optional sign.
    private static HclValue? TaggedNumber(string text)
    {
        var plain = text.Replace("_", "", StringComparison.Ordinal);
        if (DecimalNumber().IsMatch(plain) && !(plain.TrimStart('+', '-').StartsWith('0') && plain.TrimStart('+', '-').Length > 1 && !plain.Contains('.', StringComparison.Ordinal))
            && HclNumber.TryParse(plain.TrimStart('+'), out var number))
        {
            return HclValue.FromNumber(number);
        }

        var negative = plain.StartsWith('-');
        var digits = plain.TrimStart('+', '-');
        BigInteger? value = digits switch
        {
            _ when digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase) => ParseRadix(digits[2..], 16),
            _ when digits.StartsWith("0o", StringComparison.OrdinalIgnoreCase) => ParseRadix(digits[2..], 8),
            _ when digits.StartsWith("0b", StringComparison.OrdinalIgnoreCase) => ParseRadix(digits[2..], 2),
            _ when digits.StartsWith('0') => ParseRadix(digits, 8),
            _ => null,
        };
        return value is { } parsed ? HclValue.FromNumber(HclNumber.FromBigInteger(negative ? -parsed : parsed)) : null;
    }

    // The YAML timestamp forms go-cty-yaml accepts, given back as RFC 3339 strings (cty has no time type).
    private static HclValue? Timestamp(string text)
    {
        var match = TimestampPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var offset = TimeSpan.Zero;
        if (match.Groups["sign"].Success)
        {
            offset = new TimeSpan(Part("oh"), Part("om"), 0) * (match.Groups["sign"].Value == "-" ? -1 : 1);
        }

        try
        {
            var time = new DateTimeOffset(Part("y"), Part("mo"), Part("d"), Part("h"), Part("mi"), Part("s"), offset);
            return HclValue.FromString(Rfc3339.Format(time));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static bool IsBase64(string text)
    {
        try
        {
            System.Convert.FromBase64String(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static BigInteger? ParseRadix(string digits, int radix)
    {
        if (digits.Length == 0)
        {
            return null;
        }

        var value = BigInteger.Zero;
        foreach (var c in digits)
        {
            var digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : 99;
            if (digit >= radix)
            {
                return null;
            }

            value = value * radix + digit;
        }

        return value;
    }

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<mo>[0-9]{1,2})-(?<d>[0-9]{1,2})(?:(?:[Tt]|[ ])(?<h>[0-9]{1,2}):(?<mi>[0-9]{1,2}):(?<s>[0-9]{1,2})(?:\.[0-9]+)?(?:Z|(?<sign>[+-])(?<oh>[0-9]{2}):(?<om>[0-9]{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalNumber();
}
