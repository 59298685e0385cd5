using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>
/// What <see cref="BlockListSpec"/> and <see cref="BlockSetSpec"/> share: the nested spec's value for each block of
/// type <see cref="TypeName"/>, counted against MinItems/MaxItems (0 means no limit); subclasses choose the collection.
/// </summary>
public abstract class BlockCollectionSpec(string typeName, HclSpec nested, int minItems, int maxItems) : HclSpec
{
    public string TypeName { get; } = typeName;

    public HclSpec Nested { get; } = nested;

    public int MinItems { get; } = minItems;

    public int MaxItems { get; } = maxItems;

    internal override void AddToSchema(SpecSchemaBuilder schema) => schema.Block(TypeName, []);

    internal override HclValue Decode(BodyContent content, SpecDecodeScope scope)
    {
        BlockSelection.CheckCount(content, TypeName, MinItems, MaxItems, scope.Diagnostics);
        var values = content.Blocks
            .Where(b => b.Type == TypeName)
            .Select(b => HclSpecDecoder.DecodeBody(b.Body, Nested, scope with { BlockLabels = b.Labels }))
            .ToList();
        return Collect(values);
    }

    internal override void CollectVariables(BodyContent content, List<HclTraversal> found)
    {
        foreach (var block in content.Blocks.Where(b => b.Type == TypeName))
        {
            HclSpecDecoder.CollectBodyVariables(block.Body, Nested, found);
        }
    }

    private protected abstract HclValue Collect(List<HclValue> values);
}
