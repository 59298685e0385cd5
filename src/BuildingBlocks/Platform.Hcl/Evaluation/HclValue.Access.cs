using System.Collections.Immutable;
using System.Numerics;

namespace Platform.Hcl.Evaluation;

// Accessors. They read known, non-null values and throw InvalidOperationException on misuse (asking a null
// for its string, indexing a list past its end): callers check the value first and report diagnostics.
// Accessors that return parts of a value (GetAttribute, Index) carry the container's marks onto the part.
public sealed partial class HclValue
{
    public string AsString() => Known<string>(HclTypeKind.String);

    public HclNumber AsNumber() => Known<HclNumber>(HclTypeKind.Number);

    public bool AsBool() => Known<bool>(HclTypeKind.Bool);

    /// <summary>The number as an exact integer; throws when it has a fractional part.</summary>
    public BigInteger AsBigInteger()
    {
        var number = AsNumber();
        return number.IsInteger ? number.Truncate() : throw new InvalidOperationException($"{number} is not an integer.");
    }

    /// <summary>The number as an int; throws when it is fractional or out of range.</summary>
    public int AsInt() =>
        AsNumber().TryGetInt(out var value) ? value : throw new InvalidOperationException($"{AsNumber()} is not a whole number in the int range.");

    public long AsLong() =>
        AsNumber().TryGetLong(out var value) ? value : throw new InvalidOperationException($"{AsNumber()} is not a whole number in the long range.");

    public double AsDouble() => AsNumber().ToDouble();

    /// <summary>The elements of a list, set (in set order) or tuple.</summary>
    public ImmutableArray<HclValue> Elements => Type.Kind is HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Tuple
        ? KnownPayload<ImmutableArray<HclValue>>()
        : throw new InvalidOperationException($"A {Type.FriendlyName} has no elements.");

    /// <summary>The entries of a map or the attributes of an object, sorted by key.</summary>
    public ImmutableSortedDictionary<string, HclValue> Entries => Type.Kind is HclTypeKind.Map or HclTypeKind.Object
        ? KnownPayload<ImmutableSortedDictionary<string, HclValue>>()
        : throw new InvalidOperationException($"A {Type.FriendlyName} has no entries.");

    /// <summary>True for known, non-null lists, sets, tuples, maps and objects.</summary>
    public bool CanIterateElements =>
        IsKnownNotNull && Type.Kind is HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Tuple or HclTypeKind.Map or HclTypeKind.Object;

    /// <summary>The number of elements, entries or attributes.</summary>
    public int Length => Type.Kind switch
    {
        HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Tuple => Elements.Length,
        HclTypeKind.Map or HclTypeKind.Object => Entries.Count,
        _ => throw new InvalidOperationException($"A {Type.FriendlyName} has no length."),
    };

    /// <summary>
    /// Key/value pairs as cty's ElementIterator gives them: lists and tuples by index (number keys), maps and
    /// objects by key (string keys, lexical order), sets with each element as its own key. Elements do not
    /// receive the container's marks; see <see cref="Unmark"/> to take those.
    /// </summary>
    public IEnumerable<KeyValuePair<HclValue, HclValue>> ElementPairs()
    {
        switch (Type.Kind)
        {
            case HclTypeKind.List or HclTypeKind.Tuple:
                var elements = Elements;
                for (var i = 0; i < elements.Length; i++)
                {
                    yield return KeyValuePair.Create(FromNumber(i), elements[i]);
                }

                break;
            case HclTypeKind.Set:
                foreach (var element in Elements)
                {
                    yield return KeyValuePair.Create(element, element);
                }

                break;
            case HclTypeKind.Map or HclTypeKind.Object:
                foreach (var (key, value) in Entries)
                {
                    yield return KeyValuePair.Create(FromString(key), value);
                }

                break;
            default:
                throw new InvalidOperationException($"Cannot iterate over a {Type.FriendlyName}.");
        }
    }

    /// <summary>An object's attribute (unknown of the attribute type when the object is unknown).</summary>
    public HclValue GetAttribute(string name)
    {
        if (Type.IsDynamic)
        {
            return DynamicUnknown.WithMarks(Marks);
        }

        if (!Type.IsObject || !Type.HasAttribute(name))
        {
            throw new InvalidOperationException($"A {Type.FriendlyName} has no attribute \"{name}\".");
        }

        if (!IsKnown)
        {
            return Unknown(Type.AttributeType(name)).WithMarks(Marks);
        }

        return Entries[name].WithMarks(Marks);
    }

    /// <summary>
    /// cty's Index: a list or tuple element by non-negative integer, a map element by string key. An unknown
    /// collection or key gives an unknown of the element type. Throws when the element does not exist: check
    /// with <see cref="HasIndex"/> first.
    /// </summary>
    public HclValue Index(HclValue key)
    {
        var marks = Marks.Union(key.Marks);
        if (Type.IsDynamic)
        {
            return DynamicUnknown.WithMarks(marks);
        }

        switch (Type.Kind)
        {
            case HclTypeKind.List or HclTypeKind.Map:
                if (!IsKnown || !key.IsKnown || key.Type.IsDynamic)
                {
                    return Unknown(Type.ElementType!).WithMarks(marks);
                }

                break;
            case HclTypeKind.Tuple:
                if (!key.IsKnown || key.Type.IsDynamic)
                {
                    return DynamicUnknown.WithMarks(marks);
                }

                if (!IsKnown)
                {
                    return Unknown(Type.TupleElementTypes[IndexNumber(key)]).WithMarks(marks);
                }

                break;
            default:
                throw new InvalidOperationException($"A {Type.FriendlyName} cannot be indexed.");
        }

        if (Type.IsMap)
        {
            var name = key.Type.Kind == HclTypeKind.String ? key.AsString() : throw new InvalidOperationException("A map key must be a string.");
            return Entries.TryGetValue(name, out var element)
                ? element.WithMarks(marks)
                : throw new InvalidOperationException($"The map has no element \"{name}\".");
        }

        var index = IndexNumber(key);
        var elements = Elements;
        return index < elements.Length
            ? elements[index].WithMarks(marks)
            : throw new InvalidOperationException($"Index {index} is out of range for {elements.Length} elements.");
    }

    /// <summary>Whether <see cref="Index"/> would find an element: true, false, or unknown bool when that cannot be told yet.</summary>
    public HclValue HasIndex(HclValue key)
    {
        var marks = Marks.Union(key.Marks);
        var unknown = Unknown(HclType.Bool).WithMarks(marks);
        if (Type.IsDynamic || key.Type.IsDynamic)
        {
            return unknown;
        }

        switch (Type.Kind)
        {
            case HclTypeKind.List or HclTypeKind.Tuple:
                if (key.Type.Kind != HclTypeKind.Number)
                {
                    return False.WithMarks(marks);
                }

                if (!key.IsKnown || (Type.IsList && !IsKnown))
                {
                    return unknown;
                }

                if (key.IsNull || !key.AsNumber().TryGetInt(out var index) || index < 0)
                {
                    return False.WithMarks(marks);
                }

                var length = Type.IsTuple ? Type.TupleElementTypes.Length : Elements.Length;
                return FromBool(index < length).WithMarks(marks);
            case HclTypeKind.Map:
                if (key.Type.Kind != HclTypeKind.String)
                {
                    return False.WithMarks(marks);
                }

                if (!key.IsKnown || !IsKnown)
                {
                    return unknown;
                }

                return FromBool(!key.IsNull && Entries.ContainsKey(key.AsString())).WithMarks(marks);
            default:
                return False.WithMarks(marks);
        }
    }

    private static int IndexNumber(HclValue key)
    {
        if (key.Type.Kind != HclTypeKind.Number || key.IsNull || !key.AsNumber().TryGetInt(out var index) || index < 0)
        {
            throw new InvalidOperationException("An element index must be a non-negative whole number.");
        }

        return index;
    }

    private T Known<T>(HclTypeKind kind)
    {
        if (Type.Kind != kind)
        {
            throw new InvalidOperationException($"A {Type.FriendlyName} value is not a {kind.ToString().ToLowerInvariant()}.");
        }

        return KnownPayload<T>();
    }

    private T KnownPayload<T>()
    {
        if (IsNull)
        {
            throw new InvalidOperationException($"The value is a null {Type.FriendlyName}.");
        }

        if (!IsKnown)
        {
            throw new InvalidOperationException($"The value is an unknown {Type.FriendlyName}.");
        }

        return (T)_payload!;
    }
}
