namespace Platform.Hcl.Decoding.Typed;

/// <summary>
/// Binds a property to the HCL attribute <paramref name="name"/>. The attribute is required unless
/// <see cref="Optional"/> is set or the property's type is nullable (<c>string?</c>, <c>int?</c>); an absent
/// optional attribute leaves the property's initial value untouched, so initialisers act as defaults.
/// Supported property types: string, int, long, double, decimal, bool, enums (matched ignoring case and
/// underscores), lists/arrays/sets and string-keyed
/// dictionaries of those, <c>HclValue</c> (the value as is), <c>IHclExpression</c> (not evaluated).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HclAttributeAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    public bool Optional { get; init; }
}
