using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>A fixed value that reads nothing from the body (often the fallback of a <see cref="DefaultSpec"/>).</summary>
public sealed class LiteralSpec(HclValue value) : HclSpec
{
    public HclValue Value { get; } = value;

    public override HclType ImpliedType => Value.Type;

    internal override void AddToSchema(SpecSchemaBuilder schema)
    {
    }

    internal override HclValue Decode(BodyContent content, SpecDecodeScope scope) => Value;

    internal override void CollectVariables(BodyContent content, List<HclTraversal> found)
    {
    }
}
