namespace Platform.Hcl.Decoding.Typed;

/// <summary>
/// Receives one label of the block being decoded, in declaration order of the labelled properties; the
/// <paramref name="name"/> appears in diagnostics ("Missing name for variable"). The property must be a string.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HclLabelAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
