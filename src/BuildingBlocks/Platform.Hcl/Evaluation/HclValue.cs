using System.Collections.Immutable;
using Platform.Hcl.Syntax;

namespace Platform.Hcl.Evaluation;

/// <summary>
/// An immutable HCL (go-cty) value: a known value of its <see cref="Type"/>, a typed null, or a typed unknown
/// ("known after apply"), optionally carrying marks such as <see cref="HclMarks.Sensitive"/>.
/// </summary>
/// <remarks>
/// Invariants: a value of the dynamic type is always null or unknown; list and set elements all have the
/// collection's element type; set elements are distinct and kept in cty's iteration order (numbers ascending,
/// strings ordinal, false before true, others in a fixed structural order); map and object entries are sorted
/// by key (ordinal). Marks sit on the value they were put on: a collection may hold marked elements.
/// <see cref="Equals(HclValue?)"/> is exact structural equality (cty's RawEquals, marks included); the HCL
/// <c>==</c> operator, which can be unknown, is <see cref="EqualTo"/>.
/// </remarks>
public sealed partial class HclValue
{
    private static readonly object UnknownPayload = new();
    private static readonly ImmutableHashSet<string> NoMarks = ImmutableHashSet.Create<string>(StringComparer.Ordinal);

    // string, HclNumber, bool, ImmutableArray<HclValue> (list/set/tuple), ImmutableSortedDictionary<string, HclValue>
    // (map/object); null for null values; UnknownPayload for unknown ones.
    private readonly object? _payload;

    private HclValue(HclType type, object? payload, ImmutableHashSet<string>? marks = null)
    {
        Type = type;
        _payload = payload;
        Marks = marks ?? NoMarks;
    }

    public HclType Type { get; }

    public bool IsNull => _payload is null;

    public bool IsKnown => !ReferenceEquals(_payload, UnknownPayload);

    /// <summary>Known and not null: the accessors can be used.</summary>
    public bool IsKnownNotNull => _payload is not null && IsKnown;

    /// <summary>Marks on this value itself (not on nested elements).</summary>
    public ImmutableHashSet<string> Marks { get; }

    public bool IsMarked => !Marks.IsEmpty;

    public static HclValue True { get; } = new(HclType.Bool, true);

    public static HclValue False { get; } = new(HclType.Bool, false);

    public static HclValue EmptyString { get; } = new(HclType.String, "");

    /// <summary>An unknown value of unknown type (cty's DynamicVal).</summary>
    public static HclValue DynamicUnknown { get; } = new(HclType.Dynamic, UnknownPayload);

    /// <summary>A null of no particular type (what the literal <c>null</c> evaluates to).</summary>
    public static HclValue DynamicNull { get; } = new(HclType.Dynamic, null);

    public static HclValue EmptyTuple { get; } = new(HclType.EmptyTuple, ImmutableArray<HclValue>.Empty);

    public static HclValue EmptyObject { get; } =
        new(HclType.EmptyObject, ImmutableSortedDictionary.Create<string, HclValue>(StringComparer.Ordinal));

    /// <summary>A string value, NFC-normalized as cty's are, so equal text compares equal however it was composed.</summary>
    public static HclValue FromString(string value) => value.Length == 0 ? EmptyString : new(HclType.String, NfcText.Normalize(value));

    public static HclValue FromNumber(HclNumber value) => new(HclType.Number, value);

    public static HclValue FromNumber(long value) => new(HclType.Number, HclNumber.FromLong(value));

    public static HclValue FromNumber(double value) => new(HclType.Number, HclNumber.FromDouble(value));

    public static HclValue FromBool(bool value) => value ? True : False;

    public static HclValue Null(HclType type) => new(type, null);

    public static HclValue Unknown(HclType type) => type.IsDynamic ? DynamicUnknown : new(type, UnknownPayload);

    /// <summary>A list of elements that all have exactly <paramref name="elementType"/>.</summary>
    public static HclValue List(HclType elementType, IEnumerable<HclValue> elements)
    {
        var items = elements.ToImmutableArray();
        CheckElementTypes(elementType, items, "list");
        return new HclValue(HclType.List(elementType), items);
    }

    /// <summary>A non-empty list whose element type is that of its elements (which must all agree).</summary>
    public static HclValue List(IEnumerable<HclValue> elements)
    {
        var items = elements.ToImmutableArray();
        if (items.IsEmpty)
        {
            throw new ArgumentException("An empty list needs an explicit element type.", nameof(elements));
        }

        return List(items[0].Type, items);
    }

    public static HclValue EmptyList(HclType elementType) => new(HclType.List(elementType), ImmutableArray<HclValue>.Empty);

    /// <summary>
    /// A set: duplicates are dropped and elements put in cty's order. As in cty, set elements cannot carry
    /// marks: they are taken off the elements and put on the set itself.
    /// </summary>
    public static HclValue Set(HclType elementType, IEnumerable<HclValue> elements)
    {
        var marks = NoMarks;
        var items = ImmutableArray.CreateBuilder<HclValue>();
        foreach (var element in elements)
        {
            var (unmarked, found) = element.UnmarkDeep();
            marks = marks.Union(found);
            items.Add(unmarked);
        }

        var built = items.ToImmutable();
        CheckElementTypes(elementType, built, "set");
        return new HclValue(HclType.Set(elementType), HclSetOrder.Normalize(built), marks);
    }

    public static HclValue Set(IEnumerable<HclValue> elements)
    {
        var items = elements.ToImmutableArray();
        if (items.IsEmpty)
        {
            throw new ArgumentException("An empty set needs an explicit element type.", nameof(elements));
        }

        return Set(items[0].Type, items);
    }

    public static HclValue EmptySet(HclType elementType) => new(HclType.Set(elementType), ImmutableArray<HclValue>.Empty);

    public static HclValue Map(HclType elementType, IEnumerable<KeyValuePair<string, HclValue>> entries)
    {
        var items = entries.ToImmutableSortedDictionary(StringComparer.Ordinal);
        CheckElementTypes(elementType, items.Values, "map");
        return new HclValue(HclType.Map(elementType), items);
    }

    public static HclValue Map(IEnumerable<KeyValuePair<string, HclValue>> entries)
    {
        var items = entries.ToImmutableSortedDictionary(StringComparer.Ordinal);
        if (items.IsEmpty)
        {
            throw new ArgumentException("An empty map needs an explicit element type.", nameof(entries));
        }

        return Map(items.First().Value.Type, items);
    }

    public static HclValue EmptyMap(HclType elementType) =>
        new(HclType.Map(elementType), ImmutableSortedDictionary.Create<string, HclValue>(StringComparer.Ordinal));

    public static HclValue Tuple(IEnumerable<HclValue> elements)
    {
        var items = elements.ToImmutableArray();
        return items.IsEmpty ? EmptyTuple : new HclValue(HclType.Tuple(items.Select(v => v.Type)), items);
    }

    public static HclValue Tuple(params HclValue[] elements) => Tuple((IEnumerable<HclValue>)elements);

    public static HclValue Object(IEnumerable<KeyValuePair<string, HclValue>> attributes)
    {
        var items = attributes.ToImmutableSortedDictionary(StringComparer.Ordinal);
        return items.IsEmpty
            ? EmptyObject
            : new HclValue(HclType.Object(items.Select(a => KeyValuePair.Create(a.Key, a.Value.Type))), items);
    }

    /// <summary>A known value of a collection or structural type built from already-checked parts (no re-validation).</summary>
    internal static HclValue UncheckedSequence(HclType type, ImmutableArray<HclValue> items) => new(type, items);

    internal static HclValue UncheckedEntries(HclType type, ImmutableSortedDictionary<string, HclValue> items) => new(type, items);

    private static void CheckElementTypes(HclType elementType, IEnumerable<HclValue> items, string kind)
    {
        foreach (var item in items)
        {
            if (!item.Type.Equals(elementType))
            {
                throw new ArgumentException(
                    $"Inconsistent {kind} element types: {item.Type.FriendlyName} in a {kind} of {elementType.FriendlyName}.");
            }
        }
    }
}
