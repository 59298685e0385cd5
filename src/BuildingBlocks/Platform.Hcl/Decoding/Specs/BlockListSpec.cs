using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>
/// A list with the nested spec's value for each block of type <see cref="TypeName"/>, in source order. When the
/// blocks' values differ in type (possible when the nested spec has <c>any</c> attributes) the result is a tuple.
/// MinItems/MaxItems of 0 mean no limit.
/// </summary>
public sealed class BlockListSpec(string typeName, HclSpec nested, int minItems = 0, int maxItems = 0) : HclSpec
{
    public string TypeName { get; } = typeName;

    public HclSpec Nested { get; } = nested;

    public int MinItems { get; } = minItems;

    public int MaxItems { get; } = maxItems;

    public override HclType ImpliedType => HclType.List(Nested.ImpliedType);

    internal override void AddToSchema(SpecSchemaBuilder schema) => schema.Block(TypeName, []);

    internal override HclValue Decode(BodyContent content, SpecDecodeScope scope)
    {
        BlockSelection.CheckCount(content, TypeName, MinItems, MaxItems, scope.Diagnostics);
        var values = content.Blocks
            .Where(b => b.Type == TypeName)
            .Select(b => HclSpecDecoder.DecodeBody(b.Body, Nested, scope with { BlockLabels = b.Labels }))
            .ToList();
        return CollectionBuilder.ListOrTuple(values, Nested.ImpliedType);
    }

    internal override void CollectVariables(BodyContent content, List<HclTraversal> found)
    {
        foreach (var block in content.Blocks.Where(b => b.Type == TypeName))
        {
            HclSpecDecoder.CollectBodyVariables(block.Body, Nested, found);
        }
    }
}
