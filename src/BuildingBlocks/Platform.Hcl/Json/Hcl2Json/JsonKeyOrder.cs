using System.Text.Json.Nodes;

namespace Platform.Hcl.Json.Hcl2Json;

/// <summary>
/// Sorts object keys as Go's encoding/json does: by the bytes of their UTF-8 form (which is code point order,
/// not the UTF-16 order of string.CompareOrdinal when characters outside the BMP are involved).
/// </summary>
internal static class JsonKeyOrder
{
    private static readonly Comparer<string> Utf8Order = Comparer<string>.Create(CompareByCodePoint);

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

    /// <summary>
    /// UTF-8 byte order is code point order. UTF-16 code unit order agrees except that surrogates (U+D800–DFFF,
    /// standing for code points above U+FFFF) sort below U+E000–FFFF; moving them above that range fixes it.
    /// </summary>
    private static int CompareByCodePoint(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return CodePointRank(a[i]) - CodePointRank(b[i]);
            }
        }

        return a.Length - b.Length;
    }

    private static int CodePointRank(char c) => c switch
    {
        >= '\uE000' => c - 0x800,
        >= '\uD800' => c + 0x2000,
        _ => c,
    };

    private static void Push(JsonNode? node, Stack<JsonNode> pending)
    {
        if (node is not null)
        {
            pending.Push(node);
        }
    }
}
