using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Kernel.Errors;
using Platform.Kernel.Http;

namespace Platform.Secrets.Application.Kv;

/// <summary>
/// Typed fields of a KV request body or query, read as Vault's framework reads them: numbers also as strings, lists
/// as JSON arrays or comma-separated strings, durations as seconds or Go-style strings. A wrong type is a 400
/// naming the field.
/// </summary>
internal static class KvRequestFields
{
    public static int? Int(JsonObject data, string name) => data[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<int>(out var number) => number,
        JsonValue value when value.TryGetValue<double>(out var real) && real == Math.Floor(real) && real is >= int.MinValue and <= int.MaxValue => (int)real,
        JsonValue value when value.TryGetValue<string>(out var text) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
        JsonValue value when value.TryGetValue<string>(out var text) && text.Length == 0 => null,
        _ => throw Invalid(name, "an integer"),
    };

    public static bool? Bool(JsonObject data, string name) => data[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value when value.TryGetValue<string>(out var text) && bool.TryParse(text, out var parsed) => parsed,
        JsonValue value when value.TryGetValue<int>(out var number) && number is 0 or 1 => number == 1,
        _ => throw Invalid(name, "a boolean"),
    };

    public static TimeSpan? Duration(JsonObject data, string name) => data[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<long>(out var seconds) => TimeSpan.FromSeconds(seconds),
        JsonValue value when value.TryGetValue<string>(out var text) =>
            VaultDuration.TryParse(text, out var parsed, out var error) ? parsed : throw new ValidationException($"invalid value for \"{name}\": {error}"),
        _ => throw Invalid(name, "a duration"),
    };

    /// <summary>Vault's <c>versions</c>: <c>[1, 2]</c>, <c>["1", "2"]</c>, <c>"1,2"</c> or a single number.</summary>
    public static int[] Versions(JsonObject data, string name)
    {
        var items = data[name] switch
        {
            null => [],
            JsonArray array => array.Select(item => item?.ToString() ?? "").ToArray(),
            JsonValue value when value.TryGetValue<string>(out var text) => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            JsonValue value => [value.ToJsonString()],
            _ => throw Invalid(name, "a list of version numbers"),
        };
        return items.Select(item => int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw Invalid(name, "a list of version numbers")).ToArray();
    }

    /// <summary>
    /// custom_metadata as Vault's parseCustomMetadata reads it (mapstructure's weak decoding into strings): a number
    /// keeps its JSON text, a boolean becomes "1" or "0", a null the empty string (which the length rule then
    /// refuses); lists and objects are refused. Null when the field is absent or null.
    /// </summary>
    public static Dictionary<string, string>? StringMap(JsonObject data, string name) =>
        Map(data, name)?.ToDictionary(p => p.Key, p => WeakString(name, p.Value) ?? "", StringComparer.Ordinal);

    /// <summary>The same for a merge patch: a null value (remove the key) is kept as null.</summary>
    public static Dictionary<string, string?>? NullableStringMap(JsonObject data, string name) =>
        Map(data, name)?.ToDictionary(p => p.Key, p => WeakString(name, p.Value), StringComparer.Ordinal);

    private static JsonObject? Map(JsonObject data, string name) => data[name] switch
    {
        null => null,
        JsonObject map => map,
        _ => throw Invalid(name, "a map of strings"),
    };

    private static string? WeakString(string name, JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>() ? "1" : "0",
        _ => throw Invalid(name, "a map of strings"),
    };

    private static ValidationException Invalid(string name, string expected) =>
        new($"invalid value for \"{name}\": expected {expected}");
}
