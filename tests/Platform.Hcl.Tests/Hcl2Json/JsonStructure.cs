using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Hcl.Tests.Hcl2Json;

/// <summary>
/// Structural JSON equality as the differential test needs it: object members in any order, numbers by value
/// (the reference's numbers went through JavaScript doubles), strings and booleans exactly.
/// </summary>
internal static class JsonStructure
{
    /// <summary>Null when equal, else the JSON path of the first difference and both values there.</summary>
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject e, JsonObject a):
                foreach (var (key, value) in e)
                {
                    if (!a.ContainsKey(key))
                    {
                        return $"{path}: member \"{key}\" missing (expected {Show(value)})";
                    }

                    if (FirstDifference(value, a[key], $"{path}.{key}") is { } difference)
                    {
                        return difference;
                    }
                }

                var extra = a.Select(p => p.Key).FirstOrDefault(k => !e.ContainsKey(k));
                return extra is null ? null : $"{path}: unexpected member \"{extra}\" = {Show(a[extra])}";
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    if (FirstDifference(e[i], a[i], $"{path}[{i}]") is { } difference)
                    {
                        return difference;
                    }
                }

                return e.Count == a.Count ? null : $"{path}: {a.Count} elements, expected {e.Count}";
            case (JsonValue e, JsonValue a) when SameScalar(e, a):
                return null;
            default:
                return $"{path}: expected {Show(expected)}, got {Show(actual)}";
        }
    }

    private static bool SameScalar(JsonValue expected, JsonValue actual)
    {
        var kind = expected.GetValueKind();
        if (kind != actual.GetValueKind())
        {
            return false;
        }

        return kind switch
        {
            JsonValueKind.String => expected.GetValue<string>() == actual.GetValue<string>(),
            JsonValueKind.Number => AsDouble(expected).Equals(AsDouble(actual)),
            _ => true, // true, false: the kind is the value
        };
    }

    // Through the raw text, so a number too large for a double compares as infinity rather than throwing.
    private static double AsDouble(JsonValue number) =>
        double.Parse(number.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length <= 300 ? text : text[..300] + "…";
    }
}
