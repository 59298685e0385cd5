namespace Platform.Hcl.Decoding.Typed;

/// <summary>
/// Binds a property to nested blocks of type <paramref name="type"/>. A property of a class type takes exactly
/// one block (at most one when nullable); a list or array property takes any number, in source order. The
/// nested class's <see cref="HclLabelAttribute"/> properties say how many labels the block has.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HclBlockAttribute(string type) : Attribute
{
    public string Type { get; } = type;
}
