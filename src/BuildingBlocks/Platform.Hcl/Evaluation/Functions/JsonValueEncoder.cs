using System.Globalization;
using System.Text;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// cty's JSON encoding (Terraform's <c>jsonencode</c>): compact, object keys sorted, numbers in Go's shortest
/// decimal form, and strings escaped like Go's encoding/json, which escapes <c>&lt; &gt; &amp;</c> and U+2028/9 as
/// <c>\u003c</c> etc. so the output can be embedded in HTML. Callers check the value is wholly known.
/// </summary>
internal static class JsonValueEncoder
{
    public static string Encode(HclValue value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, HclValue value)
    {
        if (value.IsNull)
        {
            builder.Append("null");
            return;
        }

        if (!value.IsKnown)
        {
            throw new FunctionCallException("value is not known");
        }

        switch (value.Type.Kind)
        {
            case HclTypeKind.String:
                WriteString(builder, value.AsString());
                break;
            case HclTypeKind.Number:
                var number = value.AsNumber();
                if (number.IsInfinity)
                {
                    throw new FunctionCallException("cannot serialize infinity as JSON");
                }

                builder.Append(number.ToString());
                break;
            case HclTypeKind.Bool:
                builder.Append(value.AsBool() ? "true" : "false");
                break;
            case HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Tuple:
                builder.Append('[');
                var first = true;
                foreach (var element in value.Elements)
                {
                    builder.Append(first ? "" : ",");
                    first = false;
                    Write(builder, element);
                }

                builder.Append(']');
                break;
            case HclTypeKind.Map or HclTypeKind.Object:
                builder.Append('{');
                var firstEntry = true;
                foreach (var (key, entry) in value.Entries)
                {
                    builder.Append(firstEntry ? "" : ",");
                    firstEntry = false;
                    WriteString(builder, key);
                    builder.Append(':');
                    Write(builder, entry);
                }

                builder.Append('}');
                break;
            default:
                throw new FunctionCallException($"cannot serialize {value.Type.FriendlyName} as JSON");
        }
    }

    public static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '<' or '>' or '&' or '\u2028' or '\u2029':
                    builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    }
                    else if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
                    {
                        // Go replaces invalid UTF-8 with U+FFFD; a lone surrogate is this runtime's equivalent.
                        builder.Append("\\ufffd");
                    }
                    else if (char.IsHighSurrogate(c))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
