using System.IO.Compression;
using System.Text;
using static Platform.Hcl.Evaluation.Functions.FunctionTable;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// Terraform's encoding functions. Messages that quote the input say "(sensitive value)" instead when the
/// argument is sensitive, as Terraform's do, so those functions take their argument marked and unmark it here.
/// </summary>
internal static class EncodingFunctions
{
    private const string SensitiveText = "(sensitive value)";

    static EncodingFunctions()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static IEnumerable<KeyValuePair<string, HclFunction>> All()
    {
        yield return new("base64encode", StringToString(s => Convert.ToBase64String(Encoding.UTF8.GetBytes(s))));
        yield return new("base64decode", Define([Param("str", HclType.String, allowUnknown: true, allowMarked: true)], HclType.String, Base64Decode));
        yield return new("base64gzip", StringToString(Base64Gzip));
        yield return new("urlencode", StringToString(UrlEncode));
        yield return new("jsonencode", Define([Param("val", HclType.Dynamic, allowNull: true, allowDynamic: true)], HclType.String, a => Str(JsonValueEncoder.Encode(a[0]))));
        yield return new("jsondecode", Define([Param("str", HclType.String)], HclType.Dynamic, JsonDecode));
        yield return new("yamlencode", Define([Param("value", HclType.Dynamic, allowNull: true, allowDynamic: true)], HclType.String, a => Str(YamlValueEncoder.Encode(a[0]))));
        yield return new("yamldecode", Define([Param("src", HclType.String)], HclType.Dynamic, YamlDecode));
        yield return new("csvdecode", Define([Param("str", HclType.String)], HclType.Dynamic, a => CsvDocument.Decode(a[0].AsString())));
        yield return new("textencodebase64", Define([Param("string", HclType.String), Param("encoding", HclType.String)], HclType.String, TextEncodeBase64));
        yield return new("textdecodebase64", Define([Param("source", HclType.String), Param("encoding", HclType.String)], HclType.String, TextDecodeBase64));
    }

    private static HclValue Base64Decode(IReadOnlyList<HclValue> args)
    {
        var (value, marks) = args[0].UnmarkDeep();
        if (!value.IsKnown)
        {
            return HclValue.Unknown(HclType.String).WithMarks(marks);
        }

        var text = value.AsString();
        var shown = marks.Contains(HclMarks.Sensitive) ? SensitiveText : $"\"{text}\"";
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new FunctionCallException($"failed to decode base64 data {shown}");
        }

        var decoded = StrictUtf8.Decode(bytes) ?? throw new FunctionCallException("the result of decoding the provided string is not valid UTF-8");
        return Str(decoded).WithMarks(marks);
    }

    private static string Base64Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            gzip.Write(bytes, 0, bytes.Length);
        }

        return Convert.ToBase64String(buffer.ToArray());
    }

    // Go's url.QueryEscape: unreserved characters kept, space as "+", everything else %XX of its UTF-8 bytes.
    private static string UrlEncode(string text)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static HclValue JsonDecode(IReadOnlyList<HclValue> args)
    {
        try
        {
            return JsonValueDecoder.Decode(args[0].AsString());
        }
        catch (FormatException e)
        {
            throw new FunctionCallException(0, e.Message);
        }
    }

    private static HclValue YamlDecode(IReadOnlyList<HclValue> args)
    {
        try
        {
            return YamlValueDecoder.Decode(args[0].AsString());
        }
        catch (FormatException e)
        {
            throw new FunctionCallException(0, e.Message);
        }
    }

    private static Encoding FindEncoding(string name)
    {
        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            throw new FunctionCallException(1, $"\"{name}\" is not a supported IANA encoding name or alias in this Terraform version");
        }
    }

    private static HclValue TextEncodeBase64(IReadOnlyList<HclValue> args)
    {
        var encoding = FindEncoding(args[1].AsString());
        try
        {
            return Str(Convert.ToBase64String(encoding.GetBytes(args[0].AsString())));
        }
        catch (EncoderFallbackException)
        {
            throw new FunctionCallException(0, $"the given string contains characters that cannot be represented in {args[1].AsString()}");
        }
    }

    private static HclValue TextDecodeBase64(IReadOnlyList<HclValue> args)
    {
        var encoding = FindEncoding(args[1].AsString());
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(args[0].AsString());
        }
        catch (FormatException)
        {
            throw new FunctionCallException(0, "the given value is has an invalid base64 symbol");
        }

        try
        {
            return Str(encoding.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            throw new FunctionCallException(0, $"the given string contains symbols that are not defined for {args[1].AsString()}");
        }
    }
}
