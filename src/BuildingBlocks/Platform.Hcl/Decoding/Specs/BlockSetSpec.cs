using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>Like <see cref="BlockListSpec"/>, but a set: no order, duplicates merged.</summary>
public sealed class BlockSetSpec(string typeName, HclSpec nested, int minItems = 0, int maxItems = 0) : HclSpec
{
    public string TypeName { get; } = typeName;

    public HclSpec Nested { get; } = nested;

    public int MinItems { get; } = minItems;

    public int MaxItems { get; } = maxItems;

    public override HclType ImpliedType => HclType.Set(Nested.ImpliedType);

    internal override void AddToSchema(SpecSchemaBuilder schema) => schema.Block(TypeName, []);

    internal override HclValue Decode(BodyContent content, SpecDecodeScope scope)
    {
        BlockSelection.CheckCount(content, TypeName, MinItems, MaxItems, scope.Diagnostics);
        var values = content.Blocks
            .Where(b => b.Type == TypeName)
            .Select(b => HclSpecDecoder.DecodeBody(b.Body, Nested, scope with { BlockLabels = b.Labels }))
            .ToList();
        return CollectionBuilder.Set(values, Nested.ImpliedType);
    }

    internal override void CollectVariables(BodyContent content, List<HclTraversal> found)
    {
        foreach (var block in content.Blocks.Where(b => b.Type == TypeName))
        {
            HclSpecDecoder.CollectBodyVariables(block.Body, Nested, found);
        }
    }
}
