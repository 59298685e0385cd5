using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>The label at <see cref="Index"/> of the block whose body is being decoded (inside a <see cref="BlockMapSpec"/> or <see cref="BlockSpec"/>).</summary>
public sealed class BlockLabelSpec(int index, string name) : HclSpec
{
    public int Index { get; } = index;

    public string Name { get; } = name;

    public override HclType ImpliedType => HclType.String;

    internal override void AddToSchema(SpecSchemaBuilder schema)
    {
    }

    internal override HclValue Decode(BodyContent content, SpecDecodeScope scope) =>
        Index < scope.BlockLabels.Count ? HclValue.FromString(scope.BlockLabels[Index]) : HclValue.Null(HclType.String);

    internal override void CollectVariables(BodyContent content, List<HclTraversal> found)
    {
    }
}
