using System.Globalization;
using System.Text;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// Terraform's <c>yamlencode</c> layout (block style, as go-yaml emits it for cty values): every string and key
/// double-quoted, multi-line strings as literal blocks, sequences under a key not indented, empty collections
/// in flow style (<c>[]</c>, <c>{}</c>). Callers check the value is wholly known.
/// </summary>
internal static class YamlValueEncoder
{
    public static string Encode(HclValue value)
    {
        var builder = new StringBuilder();
        WriteNode(builder, value, indent: 0, inline: true);

        // go-yaml ends a document whose root is a plain scalar (number, bool, null) with an explicit "...".
        var plainRoot = value.IsNull || value.Type.Kind is HclTypeKind.Number or HclTypeKind.Bool;
        return plainRoot ? builder.Append("...\n").ToString() : builder.ToString();
    }

    // Writes a value that starts at the current position (after "key: " or "- ", or at the top) when it is a
    // scalar or empty collection, or on the following lines indented by indent when it is a block collection.
    private static void WriteNode(StringBuilder builder, HclValue value, int indent, bool inline)
    {
        if (IsBlockCollection(value))
        {
            if (value.Type.IsMap || value.Type.IsObject)
            {
                WriteMapping(builder, value, indent, inline);
            }
            else
            {
                WriteSequence(builder, value, indent, inline);
            }

            return;
        }

        builder.Append(Scalar(value, indent));
        builder.Append('\n');
    }

    private static bool IsBlockCollection(HclValue value) =>
        !value.IsNull && value.Type.Kind is HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Tuple or HclTypeKind.Map or HclTypeKind.Object
        && value.Length > 0;

    private static void WriteMapping(StringBuilder builder, HclValue value, int indent, bool firstInline)
    {
        var first = true;
        foreach (var (key, entry) in value.Entries)
        {
            if (!(first && firstInline))
            {
                builder.Append(' ', indent);
            }

            first = false;
            builder.Append(DoubleQuoted(key)).Append(':');
            if (IsBlockCollection(entry))
            {
                builder.Append('\n');
                var nested = entry.Type.IsMap || entry.Type.IsObject ? indent + 2 : indent;
                WriteNode(builder, entry, nested, inline: false);
            }
            else
            {
                builder.Append(' ');
                WriteNode(builder, entry, indent + 2, inline: true);
            }
        }
    }

    private static void WriteSequence(StringBuilder builder, HclValue value, int indent, bool firstInline)
    {
        var first = true;
        foreach (var element in value.Elements)
        {
            if (!(first && firstInline))
            {
                builder.Append(' ', indent);
            }

            first = false;
            builder.Append("- ");
            WriteNode(builder, element, indent + 2, inline: true);
        }
    }

    private static string Scalar(HclValue value, int indent)
    {
        if (value.IsNull)
        {
            return "null";
        }

        switch (value.Type.Kind)
        {
            case HclTypeKind.String:
                var text = value.AsString();
                return text.Contains('\n', StringComparison.Ordinal) ? Literal(text, indent) : DoubleQuoted(text);
            case HclTypeKind.Number:
                var number = value.AsNumber();
                return number.IsInfinity ? (number.IsNegative ? "-Inf" : "+Inf") : number.ToString();
            case HclTypeKind.Bool:
                return value.AsBool() ? "true" : "false";
            case HclTypeKind.Map or HclTypeKind.Object:
                return "{}";
            default:
                return "[]";
        }
    }

    private static string Literal(string text, int indent)
    {
        var trailing = text.Length - text.TrimEnd('\n').Length;
        var chomp = trailing == 0 ? "-" : trailing == 1 ? "" : "+";
        var body = trailing == 0 ? text : text[..^trailing];
        var indicator = body.StartsWith(' ') ? "2" : "";
        var builder = new StringBuilder("|").Append(indicator).Append(chomp);
        foreach (var line in body.Split('\n'))
        {
            builder.Append('\n');
            if (line.Length > 0)
            {
                builder.Append(' ', Math.Max(indent, 2)).Append(line);
            }
        }

        for (var i = 1; i < trailing; i++)
        {
            builder.Append('\n');
        }

        return builder.ToString();
    }

    private static string DoubleQuoted(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\0': builder.Append("\\0"); break;
                case '\a': builder.Append("\\a"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\v': builder.Append("\\v"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case 0x1B: builder.Append("\\e"); break;
                case 0x85: builder.Append("\\N"); break;
                case 0xA0: builder.Append("\\_"); break;
                case 0x2028: builder.Append("\\L"); break;
                case 0x2029: builder.Append("\\P"); break;
                default:
                    if (rune.Value < 0x20 || rune.Value == 0x7F || (rune.Value >= 0x80 && rune.Value < 0xA0) || rune.Value == 0xFEFF)
                    {
                        builder.Append(rune.Value <= 0xFF ? string.Create(CultureInfo.InvariantCulture, $"\\x{rune.Value:X2}") : string.Create(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}"));
                    }
                    else
                    {
                        builder.Append(rune.ToString());
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
