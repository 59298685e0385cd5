using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>Like <see cref="BlockListSpec"/>, but a set: no order, duplicates merged.</summary>
public sealed class BlockSetSpec(string typeName, HclSpec nested, int minItems = 0, int maxItems = 0)
    : BlockCollectionSpec(typeName, nested, minItems, maxItems)
{
    public override HclType ImpliedType => HclType.Set(Nested.ImpliedType);

    private protected override HclValue Collect(List<HclValue> values) => CollectionBuilder.Set(values, Nested.ImpliedType);
}
