using System.Text.Json.Nodes;

namespace Platform.Hcl.Json.Hcl2Json;

/// <summary>
/// How deep a document nests, measured without recursion. Sorting and writing JSON recurse once per level, and
/// block labels add a level each with no bound from the parser (<c>a "1" "2" … "99999" {}</c>), so depth is
/// checked before either runs: a stack overflow cannot be caught in .NET.
/// </summary>
internal static class JsonNesting
{
    /// <summary>
    /// Deep enough for anything the parser accepts in practice (its own limit is 1000 nested constructs, and
    /// a block adds two levels plus one per label), shallow enough for a 1 MB thread stack.
    /// </summary>
    public const int MaxDepth = 4096;

    public static bool Exceeds(JsonNode root, int limit)
    {
        var pending = new Stack<(JsonNode Node, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > limit)
            {
                return true;
            }

            IEnumerable<JsonNode?> children = node switch
            {
                JsonObject obj => obj.Select(p => p.Value),
                JsonArray array => array,
                _ => [],
            };
            foreach (var child in children)
            {
                if (child is not null)
                {
                    pending.Push((child, depth + 1));
                }
            }
        }

        return false;
    }
}
