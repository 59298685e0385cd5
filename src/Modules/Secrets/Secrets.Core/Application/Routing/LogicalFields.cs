using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Kernel.Errors;
using Platform.Kernel.Http;

namespace Platform.Secrets.Application.Routing;

/// <summary>
/// Typed reads of a logical request's fields, as Vault's <c>framework.FieldData</c> converts them: strings from any
/// scalar, lists from a JSON array or a comma-separated string, durations from seconds or Go strings (<c>1h30m</c>),
/// integers and booleans from their JSON form or a string. Null when the field is absent; a value of the wrong kind
/// is a 400 naming the field.
/// </summary>
internal static class LogicalFields
{
    public static bool Has(JsonObject data, string name) => data.TryGetPropertyValue(name, out var node) && node is not null;

    public static string? String(JsonObject data, string name) => Node(data, name) switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
        _ => throw Invalid(name, "a string"),
    };

    public static IReadOnlyList<string>? StringList(JsonObject data, string name) => Node(data, name) switch
    {
        null => null,
        JsonArray array => array.Select(item => item is JsonValue v && v.GetValueKind() == JsonValueKind.String
                ? v.GetValue<string>().Trim()
                : item?.ToJsonString() ?? "")
            .Where(item => item.Length > 0)
            .ToList(),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => VaultStringList.Parse(value.GetValue<string>()),
        _ => throw Invalid(name, "a list of strings or a comma-separated string"),
    };

    public static TimeSpan? Duration(JsonObject data, string name)
    {
        switch (Node(data, name))
        {
            case null:
                return null;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                return value.TryGetValue<long>(out var seconds) && seconds >= 0
                    ? TimeSpan.FromSeconds(seconds)
                    : throw Invalid(name, "a whole, non-negative number of seconds");
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                if (!VaultDuration.TryParse(value.GetValue<string>(), out var duration, out var error))
                {
                    throw new ValidationException($"error converting input for field \"{name}\": {error}");
                }

                return duration < TimeSpan.Zero ? throw Invalid(name, "a non-negative duration") : duration;
            default:
                throw Invalid(name, "a duration such as 3600 or \"1h\"");
        }
    }

    public static int? Int(JsonObject data, string name) => Node(data, name) switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) => number,
        JsonValue value when value.GetValueKind() == JsonValueKind.String
            && int.TryParse(value.GetValue<string>(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw Invalid(name, "an integer"),
    };

    public static bool? Bool(JsonObject data, string name) => Node(data, name) switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.True => true,
        JsonValue value when value.GetValueKind() == JsonValueKind.False => false,
        JsonValue value when value.GetValueKind() == JsonValueKind.String && bool.TryParse(value.GetValue<string>(), out var parsed) => parsed,
        JsonValue value when value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is "1" or "0" => value.GetValue<string>() == "1",
        _ => throw Invalid(name, "a boolean"),
    };

    public static JsonArray Array(IEnumerable<string> items) => new(items.Select(item => (JsonNode?)JsonValue.Create(item)).ToArray());

    private static JsonNode? Node(JsonObject data, string name) => data.TryGetPropertyValue(name, out var node) ? node : null;

    private static ValidationException Invalid(string name, string expected) =>
        new($"error converting input for field \"{name}\": expected {expected}");
}
