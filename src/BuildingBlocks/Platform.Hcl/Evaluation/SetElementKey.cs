using System.Globalization;
using System.Text;

namespace Platform.Hcl.Evaluation;

/// <summary>
/// cty's set "hash bytes" of a value: the rendering cty orders set elements of structured types by (byte
/// order), so <c>tolist(toset([...]))</c> of objects comes out in the order Terraform users see.
/// Numbers render as Go's <c>%g</c> with ten digits, strings as Go's <c>%q</c>, null as <c>~</c>, unknown as <c>?</c>.
/// </summary>
internal static class SetElementKey
{
    public static byte[] Of(HclValue value)
    {
        var builder = new StringBuilder();
        Append(value, builder);
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private static void Append(HclValue value, StringBuilder builder)
    {
        if (!value.IsKnown)
        {
            builder.Append('?');
            return;
        }

        if (value.IsNull)
        {
            builder.Append('~');
            return;
        }

        switch (value.Type.Kind)
        {
            case HclTypeKind.Number:
                builder.Append(HclNumberText.FormatGeneral10(value.AsNumber()));
                break;
            case HclTypeKind.Bool:
                builder.Append(value.AsBool() ? 'T' : 'F');
                break;
            case HclTypeKind.String:
                AppendQuoted(value.AsString(), builder);
                break;
            case HclTypeKind.Map:
                builder.Append('{');
                foreach (var (key, element) in value.Entries)
                {
                    AppendQuoted(key, builder);
                    builder.Append(':');
                    Append(element, builder);
                    builder.Append(';');
                }

                builder.Append('}');
                break;
            case HclTypeKind.List or HclTypeKind.Set:
                builder.Append('[');
                foreach (var element in value.Elements)
                {
                    Append(element, builder);
                    builder.Append(';');
                }

                builder.Append(']');
                break;
            case HclTypeKind.Object:
                builder.Append('<');
                foreach (var attribute in value.Entries.Values)
                {
                    Append(attribute, builder);
                    builder.Append(';');
                }

                builder.Append('>');
                break;
            case HclTypeKind.Tuple:
                builder.Append('<');
                foreach (var element in value.Elements)
                {
                    Append(element, builder);
                    builder.Append(';');
                }

                builder.Append('>');
                break;
        }
    }

    // Go's strconv.Quote: printable characters as they are, the usual escapes, \x, \u or \U otherwise.
    private static void AppendQuoted(string text, StringBuilder builder)
    {
        builder.Append('"');
        foreach (var rune in text.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"': builder.Append("\\\""); continue;
                case '\\': builder.Append("\\\\"); continue;
                case '\a': builder.Append("\\a"); continue;
                case '\b': builder.Append("\\b"); continue;
                case '\f': builder.Append("\\f"); continue;
                case '\n': builder.Append("\\n"); continue;
                case '\r': builder.Append("\\r"); continue;
                case '\t': builder.Append("\\t"); continue;
                case '\v': builder.Append("\\v"); continue;
            }

            if (IsPrintable(rune))
            {
                builder.Append(rune.ToString());
            }
            else if (rune.Value < ' ' || rune.Value == 0x7F)
            {
                builder.Append("\\x").Append(rune.Value.ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (rune.Value < 0x10000)
            {
                builder.Append("\\u").Append(rune.Value.ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append("\\U").Append(rune.Value.ToString("x8", CultureInfo.InvariantCulture));
            }
        }

        builder.Append('"');
    }

    private static bool IsPrintable(Rune rune) => rune.Value == ' ' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator => false,
        _ => true,
    };
}
