using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>An object whose attributes are the results of named child specs, all reading the same body.</summary>
public sealed class ObjectSpec(IReadOnlyDictionary<string, HclSpec> attributes) : HclSpec
{
    public IReadOnlyDictionary<string, HclSpec> Attributes { get; } = attributes;

    public override HclType ImpliedType => HclType.Object(Attributes.Select(a => KeyValuePair.Create(a.Key, a.Value.ImpliedType)));

    internal override void AddToSchema(SpecSchemaBuilder schema)
    {
        foreach (var child in Attributes.Values)
        {
            child.AddToSchema(schema);
        }
    }

    internal override HclValue Decode(BodyContent content, SpecDecodeScope scope) =>
        HclValue.Object(Attributes.Select(a => KeyValuePair.Create(a.Key, a.Value.Decode(content, scope))).ToList());

    internal override void CollectVariables(BodyContent content, List<HclTraversal> found)
    {
        foreach (var child in Attributes.Values)
        {
            child.CollectVariables(content, found);
        }
    }
}
