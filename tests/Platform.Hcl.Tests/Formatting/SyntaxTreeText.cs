using System.Collections;
using System.Reflection;
using System.Text;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax;

namespace Platform.Hcl.Tests.Formatting;

/// <summary>
/// A syntax tree written out with every source range left out, so that two parses of text that differs only in
/// layout give the same string, and any difference in meaning (a name, a literal value, an operator, the
/// nesting) gives a different one. Built by reflection so that a node kind added later is covered too.
/// </summary>
internal static class SyntaxTreeText
{
    public static string Of(ConfigFile file)
    {
        var text = new StringBuilder();
        Write(file.Body, text, 0);
        return text.ToString();
    }

    private static void Write(object? value, StringBuilder text, int depth)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case string s:
                text.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
                    .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal)).Append('"');
                return;
            case bool or int or long or decimal or double or Enum:
                text.Append(value);
                return;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    NewLine(text, depth + 1);
                    Write(item, text, depth + 1);
                }
                NewLine(text, depth);
                text.Append(']');
                return;
        }

        var type = value.GetType();
        text.Append(type.Name).Append(" {");
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (property.GetIndexParameters().Length > 0 || IsRange(property.PropertyType)) continue;
            // Views computed from other properties (Body.Attributes, Body.Blocks) would only repeat them.
            if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IEnumerable<>)) continue;
            NewLine(text, depth + 1);
            text.Append(property.Name).Append(" = ");
            Write(property.GetValue(value), text, depth + 1);
        }
        NewLine(text, depth);
        text.Append('}');
    }

    private static bool IsRange(Type type) => type == typeof(SourceRange) || type == typeof(SourceRange?) || type == typeof(SourceFile);

    private static void NewLine(StringBuilder text, int depth) => text.Append('\n').Append(' ', 2 * depth);
}
