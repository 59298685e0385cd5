using System.Text.Json.Nodes;

namespace Platform.Kernel.Http;

/// <summary>
/// The key order of JSON objects as Vault writes them: Go's encoding/json sorts map keys by their bytes (UTF-8), at
/// every level, so a secret's <c>data</c>, <c>custom_metadata</c> and KV v2's <c>versions</c> (string keys: "10"
/// before "2") come out sorted whatever order the client sent. Clients that compare raw bodies or print them (the
/// vault CLI's <c>-format=json</c>) see that order.
/// </summary>
public static class GoJsonKeyOrder
{
    /// <summary>UTF-8 byte order, which is code point order.</summary>
    public static IComparer<string> Comparer { get; } = new CodePointComparer();

    /// <summary>A copy of the node with the keys of every object in it sorted; arrays keep their order.</summary>
    public static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject map => new JsonObject(map
            .OrderBy(pair => pair.Key, Comparer)
            .Select(pair => KeyValuePair.Create(pair.Key, Sorted(pair.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sorted)]),
        _ => node?.DeepClone(),
    };

    private sealed class CodePointComparer : IComparer<string>
    {
        public int Compare(string? x, string? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }

            var length = Math.Min(x.Length, y.Length);
            for (var i = 0; i < length; i++)
            {
                var a = x[i];
                var b = y[i];
                if (a == b)
                {
                    continue;
                }

                // UTF-16 order differs from code point order only where a surrogate (half of a code point above
                // U+FFFF) meets U+E000..U+FFFF: the surrogate's code point is the larger one.
                var surrogateA = char.IsSurrogate(a);
                return surrogateA == char.IsSurrogate(b) ? a.CompareTo(b) : surrogateA ? 1 : -1;
            }

            return x.Length.CompareTo(y.Length);
        }
    }
}
