using System.Collections.Immutable;

namespace Platform.Hcl.Evaluation;

/// <summary>
/// Default values declared with <c>optional(T, default)</c> in a type constraint, shaped like the type
/// (Terraform's typeexpr.Defaults). <see cref="DefaultValues"/> holds the defaults of this object's
/// attributes; <see cref="Children"/> the defaults nested under an attribute name, a tuple index ("0"), or
/// "" for the elements of a list, set or map.
/// </summary>
public sealed record HclTypeDefaults(
    HclType Type,
    ImmutableSortedDictionary<string, HclValue> DefaultValues,
    ImmutableSortedDictionary<string, HclTypeDefaults> Children)
{
    /// <summary>
    /// Fills null optional attributes of <paramref name="value"/> (already converted to the constraint, so
    /// absent optional attributes are present as nulls) with their defaults, recursively.
    /// </summary>
    public HclValue Apply(HclValue value)
    {
        if (!value.IsKnownNotNull)
        {
            return value;
        }

        var (unmarked, marks) = value.Unmark();
        var result = unmarked.Type.Kind switch
        {
            HclTypeKind.Object => ApplyToObject(unmarked),
            HclTypeKind.List when Children.TryGetValue("", out var element) =>
                RebuildSequence(unmarked, unmarked.Elements.Select(element.Apply), HclType.List),
            HclTypeKind.Set when Children.TryGetValue("", out var element) =>
                RebuildSequence(unmarked, unmarked.Elements.Select(element.Apply), HclType.Set),
            HclTypeKind.Map when Children.TryGetValue("", out var element) =>
                RebuildMap(unmarked, element),
            HclTypeKind.Tuple => HclValue.Tuple(unmarked.Elements.Select((e, i) =>
                Children.TryGetValue(i.ToString(System.Globalization.CultureInfo.InvariantCulture), out var child) ? child.Apply(e) : e)),
            _ => unmarked,
        };
        return result.WithMarks(marks);
    }

    private HclValue ApplyToObject(HclValue value)
    {
        var attributes = value.Entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        foreach (var (name, defaultValue) in DefaultValues)
        {
            if (attributes.TryGetValue(name, out var current) && current.IsNull)
            {
                attributes[name] = HclConversion.Convert(defaultValue, current.Type.IsDynamic ? defaultValue.Type : current.Type);
            }
        }

        foreach (var (name, child) in Children)
        {
            if (attributes.TryGetValue(name, out var current))
            {
                attributes[name] = child.Apply(current);
            }
        }

        return HclValue.Object(attributes);
    }

    private static HclValue RebuildSequence(HclValue original, IEnumerable<HclValue> items, Func<HclType, HclType> kind)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return original;
        }

        // Defaults can change an element's type (a null attribute becomes a value); elements must agree again.
        var type = HclConversion.Unify([.. list.Select(i => i.Type)], unsafeAllowed: true) ?? original.Type.ElementType!;
        var converted = list.Select(i => HclConversion.Convert(i, type));
        return kind(type).IsSet ? HclValue.Set(type, converted) : HclValue.List(type, converted);
    }

    private static HclValue RebuildMap(HclValue original, HclTypeDefaults element)
    {
        if (original.Entries.IsEmpty)
        {
            return original;
        }

        var entries = original.Entries.Select(e => KeyValuePair.Create(e.Key, element.Apply(e.Value))).ToList();
        var type = HclConversion.Unify([.. entries.Select(e => e.Value.Type)], unsafeAllowed: true) ?? original.Type.ElementType!;
        return HclValue.Map(type, entries.Select(e => KeyValuePair.Create(e.Key, HclConversion.Convert(e.Value, type))));
    }
}
