using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>
/// The value of attribute <see cref="Name"/>, converted to <see cref="Type"/>. Absent and not required, it is a
/// null of that type; a value that does not convert is an "Incorrect attribute value type" error at the value.
/// </summary>
public sealed class AttrSpec(string name, HclType type, bool required = false) : HclSpec
{
    public string Name { get; } = name;

    public HclType Type { get; } = type;

    public bool Required { get; } = required;

    public override HclType ImpliedType => Type;

    internal override void AddToSchema(SpecSchemaBuilder schema) => schema.Attribute(Name, Required);

    internal override HclValue Decode(BodyContent content, SpecDecodeScope scope)
    {
        if (!content.Attributes.TryGetValue(Name, out var attribute))
        {
            return HclValue.Null(Type);
        }

        var (value, diagnostics) = attribute.Expression.Evaluate(scope.Context);
        scope.Diagnostics.AddRange(diagnostics);
        if (!HclConversion.TryConvert(value, Type, out var converted, out var error))
        {
            scope.Diagnostics.Add(Diagnostic.Error(
                "Incorrect attribute value type",
                $"Inappropriate value for attribute \"{Name}\": {error!.Message}.",
                attribute.Expression.Range));
            return HclValue.Unknown(Type);
        }

        return converted;
    }

    internal override void CollectVariables(BodyContent content, List<HclTraversal> found)
    {
        if (content.Attributes.TryGetValue(Name, out var attribute))
        {
            found.AddRange(attribute.Expression.Variables());
        }
    }
}
