using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>A tuple whose elements are the results of child specs, all reading the same body (the spec format's <c>array</c>).</summary>
public sealed class TupleSpec(IReadOnlyList<HclSpec> elements) : HclSpec
{
    public IReadOnlyList<HclSpec> Elements { get; } = elements;

    public override HclType ImpliedType => HclType.Tuple(Elements.Select(e => e.ImpliedType));

    internal override void AddToSchema(SpecSchemaBuilder schema)
    {
        foreach (var child in Elements)
        {
            child.AddToSchema(schema);
        }
    }

    internal override HclValue Decode(BodyContent content, SpecDecodeScope scope) =>
        HclValue.Tuple(Elements.Select(e => e.Decode(content, scope)).ToList());

    internal override void CollectVariables(BodyContent content, List<HclTraversal> found)
    {
        foreach (var child in Elements)
        {
            child.CollectVariables(content, found);
        }
    }
}
