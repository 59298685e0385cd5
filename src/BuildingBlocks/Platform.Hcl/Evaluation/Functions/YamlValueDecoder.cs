using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// Terraform's <c>yamldecode</c>: one YAML document into a value of inferred type (mappings become objects,
/// sequences tuples). Plain scalars are resolved as go-yaml resolves them: null (<c>~</c>, <c>null</c>, empty),
/// booleans (including YAML 1.1's yes/no/on/off), integers (decimal, 0x, 0o, 0b) and floats; quoted scalars
/// and <c>!!str</c> stay strings.
/// </summary>
internal static partial class YamlValueDecoder
{
    private static readonly HashSet<string> TrueWords = new(StringComparer.Ordinal) { "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON" };
    private static readonly HashSet<string> FalseWords = new(StringComparer.Ordinal) { "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF" };
    private static readonly HashSet<string> NullWords = new(StringComparer.Ordinal) { "", "~", "null", "Null", "NULL" };

    /// <summary>Decodes; throws <see cref="FormatException"/> for malformed YAML.</summary>
    public static HclValue Decode(string text)
    {
        var stream = new YamlStream();
        try
        {
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
        switch (tag)
        {
            case "tag:yaml.org,2002:str":
                return HclValue.FromString(text);
            case "tag:yaml.org,2002:null":
                return HclValue.DynamicNull;
            case "tag:yaml.org,2002:bool":
                return TrueWords.Contains(text) ? HclValue.True : FalseWords.Contains(text) ? HclValue.False
                    : throw new FormatException($"cannot decode \"{text}\" as a bool");
            case "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float":
                return Number(text) ?? throw new FormatException($"cannot decode \"{text}\" as a number");
            case "tag:yaml.org,2002:binary":
                return HclValue.FromString(text);
        }

        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            return HclValue.FromString(text);
        }

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

        return Number(text) ?? HclValue.FromString(text);
    }

    private static HclValue? Number(string text)
    {
        var plain = text.Replace("_", "", StringComparison.Ordinal);
        var negative = plain.StartsWith('-');
        var digits = plain.TrimStart('+', '-');
        BigInteger? integer = null;
        if (digits.StartsWith("0x", StringComparison.Ordinal) && digits.Length > 2)
        {
            integer = ParseRadix(digits[2..], 16);
        }
        else if (digits.StartsWith("0o", StringComparison.Ordinal) && digits.Length > 2)
        {
            integer = ParseRadix(digits[2..], 8);
        }
        else if (digits.StartsWith("0b", StringComparison.Ordinal) && digits.Length > 2)
        {
            integer = ParseRadix(digits[2..], 2);
        }

        if (integer is { } parsed)
        {
            return HclValue.FromNumber(HclNumber.FromBigInteger(negative ? -parsed : parsed));
        }

        switch (digits)
        {
            case ".inf" or ".Inf" or ".INF":
                return HclValue.FromNumber(negative ? HclNumber.NegativeInfinity : HclNumber.PositiveInfinity);
            case ".nan" or ".NaN" or ".NAN":
                throw new FormatException("NaN is not a valid number");
        }

        if (DecimalNumber().IsMatch(plain) && HclNumber.TryParse(plain.TrimStart('+'), out var number))
        {
            return HclValue.FromNumber(number);
        }

        return null;
    }

    private static BigInteger? ParseRadix(string digits, int radix)
    {
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

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalNumber();
}
