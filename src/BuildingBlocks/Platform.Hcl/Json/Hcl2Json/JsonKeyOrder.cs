using System.Text;
using System.Text.Json.Nodes;

namespace Platform.Hcl.Json.Hcl2Json;

/// <summary>
/// Sorts object keys as Go's encoding/json does: by the bytes of their UTF-8 form (which is code point order,
/// not the UTF-16 order of string.CompareOrdinal when characters outside the BMP are involved).
/// </summary>
internal static class JsonKeyOrder
{
    private static readonly Comparer<string> Utf8Order = Comparer<string>.Create(
        (a, b) => Encoding.UTF8.GetBytes(a).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(b)));

    public static JsonObject SortedCopy(JsonObject obj)
    {
        var sorted = new JsonObject();
        foreach (var (key, value) in obj.OrderBy(p => p.Key, Utf8Order))
        {
            sorted[key] = SortedCopy(value);
        }

        return sorted;
    }

    private static JsonNode? SortedCopy(JsonNode? node) => node switch
    {
        JsonObject obj => SortedCopy(obj),
        JsonArray array => new JsonArray([.. array.Select(SortedCopy)]),
        null => null,
        _ => node.DeepClone(),
    };
}
