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

    /// <summary>Reorders every object in the tree; iterative, so depth costs no stack.</summary>
    public static void SortInPlace(JsonNode root)
    {
        var pending = new Stack<JsonNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case JsonObject obj:
                    var members = obj.OrderBy(p => p.Key, Utf8Order).ToList();
                    obj.Clear();
                    foreach (var (key, value) in members)
                    {
                        obj[key] = value;
                        Push(value, pending);
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Push(item, pending);
                    }

                    break;
            }
        }
    }

    private static void Push(JsonNode? node, Stack<JsonNode> pending)
    {
        if (node is not null)
        {
            pending.Push(node);
        }
    }
}
