using System.Text.Json.Nodes;

namespace Platform.Secrets.Domain.Kv;

/// <summary>
/// RFC 7386 JSON merge patch, what KV v2's <c>PATCH data/PATH</c> applies: objects merge key by key, a null removes
/// the key, anything else replaces the value (arrays included).
/// </summary>
public static class JsonMergePatch
{
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        var result = target is JsonObject targetObject ? (JsonObject)targetObject.DeepClone() : new JsonObject();
        foreach (var (key, value) in patchObject)
        {
            if (value is null)
            {
                result.Remove(key);
            }
            else
            {
                result[key] = Apply(result[key], value);
            }
        }

        return result;
    }
}
