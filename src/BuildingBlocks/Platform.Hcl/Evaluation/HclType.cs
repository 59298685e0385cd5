using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Platform.Hcl.Evaluation;

/// <summary>
/// An HCL (go-cty) type: a primitive, a collection of one element type (list, set, map), a structural type
/// (tuple of element types, object of attribute types), or the dynamic pseudo-type <see cref="Dynamic"/>.
/// Immutable with structural equality. Object attributes are kept sorted by name (ordinal), as cty does, and
/// an object type used as a constraint may mark attributes optional (<c>optional(T)</c> in Terraform).
/// </summary>
public sealed class HclType : IEquatable<HclType>
{
    private static readonly ImmutableSortedDictionary<string, HclType> NoAttributes =
        ImmutableSortedDictionary.Create<string, HclType>(StringComparer.Ordinal);

    private HclType(
        HclTypeKind kind,
        HclType? elementType = null,
        ImmutableArray<HclType> tupleElements = default,
        ImmutableSortedDictionary<string, HclType>? attributes = null,
        ImmutableSortedSet<string>? optionalAttributes = null)
    {
        Kind = kind;
        ElementType = elementType;
        TupleElementTypes = tupleElements.IsDefault ? [] : tupleElements;
        AttributeTypes = attributes ?? NoAttributes;
        OptionalAttributes = optionalAttributes ?? ImmutableSortedSet.Create<string>(StringComparer.Ordinal);
    }

    public static HclType String { get; } = new(HclTypeKind.String);

    public static HclType Number { get; } = new(HclTypeKind.Number);

    public static HclType Bool { get; } = new(HclTypeKind.Bool);

    /// <summary>The dynamic pseudo-type (cty's DynamicPseudoType, written <c>any</c>).</summary>
    public static HclType Dynamic { get; } = new(HclTypeKind.Dynamic);

    public static HclType EmptyTuple { get; } = new(HclTypeKind.Tuple);

    public static HclType EmptyObject { get; } = new(HclTypeKind.Object);

    public HclTypeKind Kind { get; }

    /// <summary>The element type of a list, set or map; null for every other kind.</summary>
    public HclType? ElementType { get; }

    /// <summary>The element types of a tuple (empty for other kinds).</summary>
    public ImmutableArray<HclType> TupleElementTypes { get; }

    /// <summary>The attribute types of an object, sorted by name (empty for other kinds).</summary>
    public ImmutableSortedDictionary<string, HclType> AttributeTypes { get; }

    /// <summary>Attributes of an object type constraint that a value may omit (filled with null on conversion).</summary>
    public ImmutableSortedSet<string> OptionalAttributes { get; }

    public bool IsDynamic => Kind == HclTypeKind.Dynamic;

    public bool IsPrimitive => Kind is HclTypeKind.String or HclTypeKind.Number or HclTypeKind.Bool;

    public bool IsList => Kind == HclTypeKind.List;

    public bool IsSet => Kind == HclTypeKind.Set;

    public bool IsMap => Kind == HclTypeKind.Map;

    public bool IsTuple => Kind == HclTypeKind.Tuple;

    public bool IsObject => Kind == HclTypeKind.Object;

    /// <summary>List, set or map: any number of elements of one type.</summary>
    public bool IsCollection => Kind is HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Map;

    /// <summary>Tuple or object: a fixed shape of possibly different types.</summary>
    public bool IsStructural => Kind is HclTypeKind.Tuple or HclTypeKind.Object;

    /// <summary>True when this type is or contains the dynamic pseudo-type (so it is a constraint, not a concrete type).</summary>
    public bool HasDynamicTypes => Kind switch
    {
        HclTypeKind.Dynamic => true,
        HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Map => ElementType!.HasDynamicTypes,
        HclTypeKind.Tuple => TupleElementTypes.Any(t => t.HasDynamicTypes),
        HclTypeKind.Object => AttributeTypes.Values.Any(t => t.HasDynamicTypes),
        _ => false,
    };

    public static HclType List(HclType elementType) => new(HclTypeKind.List, elementType);

    public static HclType Set(HclType elementType) => new(HclTypeKind.Set, elementType);

    public static HclType Map(HclType elementType) => new(HclTypeKind.Map, elementType);

    public static HclType Tuple(IEnumerable<HclType> elementTypes) =>
        new(HclTypeKind.Tuple, tupleElements: [.. elementTypes]);

    public static HclType Tuple(params HclType[] elementTypes) => Tuple((IEnumerable<HclType>)elementTypes);

    public static HclType Object(IEnumerable<KeyValuePair<string, HclType>> attributes) =>
        new(HclTypeKind.Object, attributes: attributes.ToImmutableSortedDictionary(StringComparer.Ordinal));

    /// <summary>An object type constraint whose <paramref name="optional"/> attributes may be omitted.</summary>
    public static HclType ObjectWithOptionalAttributes(IEnumerable<KeyValuePair<string, HclType>> attributes, IEnumerable<string> optional)
    {
        var attrs = attributes.ToImmutableSortedDictionary(StringComparer.Ordinal);
        var opt = optional.ToImmutableSortedSet(StringComparer.Ordinal);
        foreach (var name in opt)
        {
            if (!attrs.ContainsKey(name))
            {
                throw new ArgumentException($"Optional attribute \"{name}\" is not an attribute of the object type.", nameof(optional));
            }
        }

        return new HclType(HclTypeKind.Object, attributes: attrs, optionalAttributes: opt);
    }

    public bool HasAttribute(string name) => AttributeTypes.ContainsKey(name);

    /// <summary>The type of an object attribute; throws when there is no such attribute.</summary>
    public HclType AttributeType(string name) =>
        AttributeTypes.TryGetValue(name, out var type) ? type : throw new KeyNotFoundException($"Object type has no attribute \"{name}\".");

    public bool Equals([NotNullWhen(true)] HclType? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || Kind != other.Kind)
        {
            return false;
        }

        return Kind switch
        {
            HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Map => ElementType!.Equals(other.ElementType),
            HclTypeKind.Tuple => TupleElementTypes.SequenceEqual(other.TupleElementTypes),
            HclTypeKind.Object => AttributeTypes.Count == other.AttributeTypes.Count
                && AttributeTypes.All(a => other.AttributeTypes.TryGetValue(a.Key, out var t) && a.Value.Equals(t))
                && OptionalAttributes.SetEquals(other.OptionalAttributes),
            _ => true,
        };
    }

    public override bool Equals(object? obj) => Equals(obj as HclType);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        switch (Kind)
        {
            case HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Map:
                hash.Add(ElementType);
                break;
            case HclTypeKind.Tuple:
                foreach (var t in TupleElementTypes)
                {
                    hash.Add(t);
                }

                break;
            case HclTypeKind.Object:
                foreach (var (name, t) in AttributeTypes)
                {
                    hash.Add(name, StringComparer.Ordinal);
                    hash.Add(t);
                }

                break;
        }

        return hash.ToHashCode();
    }

    public static bool operator ==(HclType? left, HclType? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(HclType? left, HclType? right) => !(left == right);

    /// <summary>How cty names a type for people: "string", "list of number", "map of object", "tuple", "dynamic".</summary>
    public string FriendlyName => Kind switch
    {
        HclTypeKind.Dynamic => "dynamic",
        HclTypeKind.String => "string",
        HclTypeKind.Number => "number",
        HclTypeKind.Bool => "bool",
        HclTypeKind.List => "list of " + ElementType!.FriendlyName,
        HclTypeKind.Set => "set of " + ElementType!.FriendlyName,
        HclTypeKind.Map => "map of " + ElementType!.FriendlyName,
        HclTypeKind.Tuple => "tuple",
        _ => "object",
    };

    /// <summary>Like <see cref="FriendlyName"/> but for types used as constraints: the dynamic type reads "any type".</summary>
    public string FriendlyNameForConstraint => Kind switch
    {
        HclTypeKind.Dynamic => "any type",
        HclTypeKind.List => "list of " + ElementType!.FriendlyNameForConstraint,
        HclTypeKind.Set => "set of " + ElementType!.FriendlyNameForConstraint,
        HclTypeKind.Map => "map of " + ElementType!.FriendlyNameForConstraint,
        _ => FriendlyName,
    };

    /// <summary>
    /// The type in Terraform's type-constraint syntax: <c>list(string)</c>, <c>object({a=number})</c>,
    /// <c>any</c>; the inverse of <see cref="TypeConstraintReader"/>.
    /// </summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        Write(builder);
        return builder.ToString();
    }

    private void Write(StringBuilder builder)
    {
        switch (Kind)
        {
            case HclTypeKind.Dynamic:
                builder.Append("any");
                break;
            case HclTypeKind.String or HclTypeKind.Number or HclTypeKind.Bool:
                builder.Append(FriendlyName);
                break;
            case HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Map:
                builder.Append(Kind.ToString().ToLowerInvariant()).Append('(');
                ElementType!.Write(builder);
                builder.Append(')');
                break;
            case HclTypeKind.Tuple:
                builder.Append("tuple([");
                for (var i = 0; i < TupleElementTypes.Length; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    TupleElementTypes[i].Write(builder);
                }

                builder.Append("])");
                break;
            default:
                builder.Append("object({");
                var first = true;
                foreach (var (name, type) in AttributeTypes)
                {
                    builder.Append(first ? "" : ", ").Append(name).Append('=');
                    first = false;
                    var optional = OptionalAttributes.Contains(name);
                    builder.Append(optional ? "optional(" : "");
                    type.Write(builder);
                    builder.Append(optional ? ")" : "");
                }

                builder.Append("})");
                break;
        }
    }
}
