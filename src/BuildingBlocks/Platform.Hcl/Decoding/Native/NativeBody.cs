using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax;
using SyntaxAttribute = Platform.Hcl.Syntax.Attribute;

namespace Platform.Hcl.Decoding.Native;

/// <summary>
/// An <see cref="IHclBody"/> over a native-syntax <see cref="Body"/>. Attributes and blocks already taken by a
/// <see cref="PartialContent"/> call are hidden from the returned remainder (attributes by name, blocks by type),
/// as in HashiCorp's implementation, so layered schemas never see the same item twice.
/// </summary>
public sealed class NativeBody : IHclBody
{
    private readonly IReadOnlySet<string> _hiddenAttributes;
    private readonly IReadOnlySet<string> _hiddenBlocks;

    public NativeBody(Body syntax)
        : this(syntax, new HashSet<string>(), new HashSet<string>())
    {
    }

    private NativeBody(Body syntax, IReadOnlySet<string> hiddenAttributes, IReadOnlySet<string> hiddenBlocks)
    {
        Syntax = syntax;
        _hiddenAttributes = hiddenAttributes;
        _hiddenBlocks = hiddenBlocks;
    }

    public Body Syntax { get; }

    /// <summary>A zero-width range at the start of the body, where HashiCorp's tools point for missing items.</summary>
    public SourceRange MissingItemRange => new(Syntax.Range.Filename, Syntax.Range.Start, Syntax.Range.Start);

    public (BodyContent Content, IReadOnlyList<Diagnostic> Diagnostics) Content(BodySchema schema)
    {
        var (content, remain, partialDiagnostics) = PartialContentCore(schema);
        var diagnostics = new List<Diagnostic>(partialDiagnostics);

        foreach (var attribute in Syntax.Attributes)
        {
            if (remain._hiddenAttributes.Contains(attribute.Name))
            {
                continue;
            }

            var unused = schema.Attributes.Where(a => !content.Attributes.ContainsKey(a.Name)).Select(a => a.Name);
            var suggestion = NameSuggestion.Closest(attribute.Name, unused) is { } s
                ? $" Did you mean \"{s}\"?"
                : schema.Blocks.Any(b => b.Type == attribute.Name)
                    ? $" Did you mean to define a block of type \"{attribute.Name}\"?"
                    : "";
            diagnostics.Add(Diagnostic.Error(
                "Unsupported argument",
                $"An argument named \"{attribute.Name}\" is not expected here.{suggestion}",
                attribute.NameRange));
        }

        foreach (var block in Syntax.Blocks)
        {
            if (remain._hiddenBlocks.Contains(block.Type))
            {
                continue;
            }

            var suggestion = NameSuggestion.Closest(block.Type, schema.Blocks.Select(b => b.Type)) is { } s
                ? $" Did you mean \"{s}\"?"
                : schema.Attributes.Any(a => a.Name == block.Type)
                    ? $" Did you mean to define argument \"{block.Type}\"? If so, use the equals sign to assign it a value."
                    : "";
            diagnostics.Add(Diagnostic.Error(
                "Unsupported block type",
                $"Blocks of type \"{block.Type}\" are not expected here.{suggestion}",
                block.TypeRange));
        }

        return (content, diagnostics);
    }

    public (BodyContent Content, IHclBody Remain, IReadOnlyList<Diagnostic> Diagnostics) PartialContent(BodySchema schema)
    {
        var (content, remain, diagnostics) = PartialContentCore(schema);
        return (content, remain, diagnostics);
    }

    private (BodyContent Content, NativeBody Remain, List<Diagnostic> Diagnostics) PartialContentCore(BodySchema schema)
    {
        var diagnostics = new List<Diagnostic>();
        var hiddenAttributes = new HashSet<string>(_hiddenAttributes);
        var hiddenBlocks = new HashSet<string>(_hiddenBlocks);
        var attributes = new Dictionary<string, HclAttributeItem>();

        // Source order, so the dictionary enumerates as the author wrote it.
        var wanted = schema.Attributes.ToDictionary(a => a.Name);
        foreach (var attribute in Syntax.Attributes)
        {
            if (wanted.ContainsKey(attribute.Name) && !_hiddenAttributes.Contains(attribute.Name) && !attributes.ContainsKey(attribute.Name))
            {
                hiddenAttributes.Add(attribute.Name);
                attributes[attribute.Name] = ToItem(attribute);
            }
        }

        foreach (var attributeSchema in schema.Attributes)
        {
            if (attributeSchema.Required && !attributes.ContainsKey(attributeSchema.Name))
            {
                diagnostics.Add(Diagnostic.Error(
                    "Missing required argument",
                    $"The argument \"{attributeSchema.Name}\" is required, but no definition was found.",
                    MissingItemRange));
            }
        }

        var blocksWanted = new Dictionary<string, BlockHeaderSchema>();
        foreach (var blockSchema in schema.Blocks)
        {
            blocksWanted.TryAdd(blockSchema.Type, blockSchema);
        }

        var blocks = new List<HclBlockItem>();
        foreach (var block in Syntax.Blocks)
        {
            if (_hiddenBlocks.Contains(block.Type) || !blocksWanted.TryGetValue(block.Type, out var blockSchema))
            {
                continue;
            }

            var header = SourceRange.Between(block.TypeRange, block.OpenBraceRange);
            var labelNames = blockSchema.LabelNames;
            if (block.Labels.Count > labelNames.Count)
            {
                var detail = labelNames.Count == 0
                    ? $"No labels are expected for {block.Type} blocks."
                    : $"Only {labelNames.Count} labels ({string.Join(", ", labelNames)}) are expected for {block.Type} blocks.";
                diagnostics.Add(Diagnostic.Error($"Extraneous label for {block.Type}", detail, block.Labels[labelNames.Count].Range, header));
                continue;
            }

            if (block.Labels.Count < labelNames.Count)
            {
                diagnostics.Add(Diagnostic.Error(
                    $"Missing {labelNames[block.Labels.Count]} for {block.Type}",
                    $"All {block.Type} blocks must have {labelNames.Count} labels ({string.Join(", ", labelNames)}).",
                    block.OpenBraceRange,
                    header));
                continue;
            }

            blocks.Add(ToItem(block));
        }

        // Blocks are hidden by type only after the loop, so every block of a wanted type is taken.
        foreach (var blockSchema in schema.Blocks)
        {
            hiddenBlocks.Add(blockSchema.Type);
        }

        var content = new BodyContent(attributes, blocks, MissingItemRange);
        return (content, new NativeBody(Syntax, hiddenAttributes, hiddenBlocks), diagnostics);
    }

    public (IReadOnlyDictionary<string, HclAttributeItem> Attributes, IReadOnlyList<Diagnostic> Diagnostics) JustAttributes()
    {
        var diagnostics = new List<Diagnostic>();
        if (Syntax.Blocks.FirstOrDefault(b => !_hiddenBlocks.Contains(b.Type)) is { } example)
        {
            // Keep going after this error so the attributes that are there can still be analysed.
            diagnostics.Add(Diagnostic.Error($"Unexpected \"{example.Type}\" block", "Blocks are not allowed here.", example.TypeRange));
        }

        var attributes = new Dictionary<string, HclAttributeItem>();
        foreach (var attribute in Syntax.Attributes)
        {
            if (!_hiddenAttributes.Contains(attribute.Name))
            {
                attributes.TryAdd(attribute.Name, ToItem(attribute));
            }
        }

        return (attributes, diagnostics);
    }

    private static HclAttributeItem ToItem(SyntaxAttribute attribute) =>
        new(attribute.Name, new NativeExpression(attribute.Expression), attribute.Range, attribute.NameRange);

    private static HclBlockItem ToItem(Block block)
    {
        var lastHeader = block.Labels.Count > 0 ? block.Labels[^1].Range : block.TypeRange;
        return new HclBlockItem(
            block.Type,
            block.Labels.Select(l => l.Value).ToList(),
            new NativeBody(block.Body),
            SourceRange.Between(block.TypeRange, lastHeader),
            block.TypeRange,
            block.Labels.Select(l => l.Range).ToList());
    }
}
