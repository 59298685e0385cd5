using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>
/// <see cref="Primary"/>'s value, or <see cref="Default"/>'s when that is null. Both read the same body, so both
/// contribute to its schema (hcldec does the same).
/// </summary>
public sealed class DefaultSpec(HclSpec primary, HclSpec @default) : HclSpec
{
    public HclSpec Primary { get; } = primary;

    public HclSpec Default { get; } = @default;

    public override HclType ImpliedType => Primary.ImpliedType;

    internal override void AddToSchema(SpecSchemaBuilder schema)
    {
        Primary.AddToSchema(schema);
        Default.AddToSchema(schema);
    }

    internal override HclValue Decode(BodyContent content, SpecDecodeScope scope)
    {
        var value = Primary.Decode(content, scope);
        return value.IsNull ? Default.Decode(content, scope) : value;
    }

    internal override void CollectVariables(BodyContent content, List<HclTraversal> found)
    {
        Primary.CollectVariables(content, found);
        Default.CollectVariables(content, found);
    }
}
