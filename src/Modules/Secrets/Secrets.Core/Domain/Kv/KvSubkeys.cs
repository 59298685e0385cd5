using System.Text.Json.Nodes;

namespace Platform.Secrets.Domain.Kv;

/// <summary>
/// KV v2's <c>subkeys/PATH</c>: a secret's structure without its values. Every leaf (a value that is not an object,
/// or an empty object) becomes null; with a depth above 0 an object at that depth is a leaf too, so nothing below it
/// is shown, as Vault's removeValues does: depth 0 means no limit, depth 1 the top-level keys only, and a negative
/// depth (which Vault does not refuse) the top-level keys only too.
/// </summary>
public static class KvSubkeys
{
    public static JsonObject Of(JsonObject data, int maxDepth) => Strip(data, 1, maxDepth);

    private static JsonObject Strip(JsonObject map, int depth, int maxDepth)
    {
        var result = new JsonObject();
        foreach (var (key, value) in map)
        {
            var childDepth = depth + 1;
            result[key] = value is JsonObject { Count: > 0 } child && (maxDepth == 0 || childDepth <= maxDepth)
                ? Strip(child, childDepth, maxDepth)
                : null;
        }

        return result;
    }
}
