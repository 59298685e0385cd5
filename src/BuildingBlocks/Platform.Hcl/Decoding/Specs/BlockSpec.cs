using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>
/// The nested spec applied to the body of the single block of type <see cref="TypeName"/>: null of the nested
/// type when absent (an error when <see cref="Required"/>), an error for a second block of the type.
/// </summary>
public sealed class BlockSpec(string typeName, HclSpec nested, bool required = false) : HclSpec
{
    public string TypeName { get; } = typeName;

    public HclSpec Nested { get; } = nested;

    public bool Required { get; } = required;

    public override HclType ImpliedType => Nested.ImpliedType;

    internal override void AddToSchema(SpecSchemaBuilder schema) => schema.Block(TypeName, []);

    internal override HclValue Decode(BodyContent content, SpecDecodeScope scope)
    {
        var block = BlockSelection.Single(content, TypeName, Required, scope.Diagnostics);
        return block is null
            ? HclValue.Null(Nested.ImpliedType)
            : HclSpecDecoder.DecodeBody(block.Body, Nested, scope with { BlockLabels = block.Labels });
    }

    internal override void CollectVariables(BodyContent content, List<HclTraversal> found)
    {
        foreach (var block in content.Blocks.Where(b => b.Type == TypeName))
        {
            HclSpecDecoder.CollectBodyVariables(block.Body, Nested, found);
        }
    }
}
