using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>
/// A list with the nested spec's value for each block of type <see cref="BlockCollectionSpec.TypeName"/>, in source
/// order. When the blocks' values differ in type (possible when the nested spec has <c>any</c> attributes) the
/// result is a tuple. MinItems/MaxItems of 0 mean no limit.
/// </summary>
public sealed class BlockListSpec(string typeName, HclSpec nested, int minItems = 0, int maxItems = 0)
    : BlockCollectionSpec(typeName, nested, minItems, maxItems)
{
    public override HclType ImpliedType => HclType.List(Nested.ImpliedType);

    private protected override HclValue Collect(List<HclValue> values) => CollectionBuilder.ListOrTuple(values, Nested.ImpliedType);
}
