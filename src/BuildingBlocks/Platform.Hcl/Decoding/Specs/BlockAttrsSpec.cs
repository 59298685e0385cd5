using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>
/// The attributes of the single block of type <see cref="TypeName"/> as a map of <see cref="ElementType"/>, names
/// chosen by the author; null when the block is absent (an error when <see cref="Required"/>).
/// </summary>
public sealed class BlockAttrsSpec(string typeName, HclType elementType, bool required = false) : HclSpec
{
    public string TypeName { get; } = typeName;

    public HclType ElementType { get; } = elementType;

    public bool Required { get; } = required;

    public override HclType ImpliedType => HclType.Map(ElementType);

    internal override void AddToSchema(SpecSchemaBuilder schema) => schema.Block(TypeName, []);

    internal override HclValue Decode(BodyContent content, SpecDecodeScope scope)
    {
        var block = BlockSelection.Single(content, TypeName, Required, scope.Diagnostics);
        if (block is null)
        {
            return HclValue.Null(ImpliedType);
        }

        var (attributes, attributeDiagnostics) = block.Body.JustAttributes();
        scope.Diagnostics.AddRange(attributeDiagnostics);
        var entries = new List<KeyValuePair<string, HclValue>>();
        foreach (var (name, attribute) in attributes)
        {
            var (value, diagnostics) = attribute.Expression.Evaluate(scope.Context);
            scope.Diagnostics.AddRange(diagnostics);
            if (!HclConversion.TryConvert(value, ElementType, out var converted, out var error))
            {
                scope.Diagnostics.Add(Diagnostic.Error(
                    "Invalid attribute value",
                    $"Invalid value for attribute of \"{TypeName}\" block: {error!.Message}.",
                    attribute.Expression.Range));
                converted = HclValue.Unknown(ElementType);
            }

            entries.Add(KeyValuePair.Create(name, converted));
        }

        return entries.Count == 0 ? HclValue.EmptyMap(ElementType) : HclValue.Map(ElementType, entries);
    }

    internal override void CollectVariables(BodyContent content, List<HclTraversal> found)
    {
        foreach (var block in content.Blocks.Where(b => b.Type == TypeName))
        {
            var (attributes, _) = block.Body.JustAttributes();
            foreach (var attribute in attributes.Values)
            {
                found.AddRange(attribute.Expression.Variables());
            }
        }
    }
}
