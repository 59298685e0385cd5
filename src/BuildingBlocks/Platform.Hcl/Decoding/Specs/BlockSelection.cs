using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>The "zero or one block of this type" rule shared by <see cref="BlockSpec"/> and <see cref="BlockAttrsSpec"/>.</summary>
internal static class BlockSelection
{
    public static HclBlockItem? Single(BodyContent content, string typeName, bool required, List<Diagnostic> diagnostics)
    {
        HclBlockItem? found = null;
        foreach (var block in content.Blocks.Where(b => b.Type == typeName))
        {
            if (found is not null)
            {
                diagnostics.Add(Diagnostic.Error(
                    $"Duplicate {typeName} block",
                    $"Only one block of type \"{typeName}\" is allowed. Previous definition was at {found.DefRange}.",
                    block.DefRange));
                continue;
            }

            found = block;
        }

        if (found is null && required)
        {
            diagnostics.Add(Diagnostic.Error(
                $"Missing {typeName} block",
                $"A block of type \"{typeName}\" is required here.",
                content.MissingItemRange));
        }

        return found;
    }

    /// <summary>Checks a block count against min/max (0 = no limit), pointing at the first block over the maximum.</summary>
    public static void CheckCount(BodyContent content, string typeName, int minItems, int maxItems, List<Diagnostic> diagnostics)
    {
        var blocks = content.Blocks.Where(b => b.Type == typeName).ToList();
        if (minItems > 0 && blocks.Count < minItems)
        {
            diagnostics.Add(Diagnostic.Error(
                $"Insufficient {typeName} blocks",
                $"At least {minItems} \"{typeName}\" blocks are required.",
                content.MissingItemRange));
        }

        if (maxItems > 0 && blocks.Count > maxItems)
        {
            diagnostics.Add(Diagnostic.Error(
                $"Too many {typeName} blocks",
                $"No more than {maxItems} \"{typeName}\" blocks are allowed.",
                blocks[maxItems].DefRange));
        }
    }
}
