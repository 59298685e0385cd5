using System.Collections.Immutable;

namespace Platform.Hcl.Evaluation;

/// <summary>A planned conversion of values of one type into another; throws HclConversionException on a bad value.</summary>
internal delegate HclValue Conversion(HclValue value, ConversionPath path);

/// <summary>
/// Finds the conversion between two types (cty/convert's getConversion), or null when there is none. The
/// plan is made from the types alone; value-level failures (string "abc" to number) surface when it runs.
/// </summary>
internal static partial class ConversionPlanner
{
    public static Conversion? Get(HclType from, HclType to, bool unsafeAllowed)
    {
        var known = GetKnown(from, to, unsafeAllowed);
        if (known is null)
        {
            return null;
        }

        return (value, path) =>
        {
            if (value.IsMarked)
            {
                var (unmarked, marks) = value.Unmark();
                return Get(from, to, unsafeAllowed)!(unmarked, path).WithMarks(marks);
            }

            if (to.IsDynamic)
            {
                return value;
            }

            if (!value.IsKnown || value.IsNull)
            {
                var target = DynamicReplace(value.Type, HclConversion.WithoutOptionalAttributes(to));
                return value.IsKnown ? HclValue.Null(target) : HclValue.Unknown(target);
            }

            return known(value, path);
        };
    }

    private static Conversion? GetKnown(HclType from, HclType to, bool unsafeAllowed)
    {
        if (to.IsDynamic)
        {
            return (value, _) => value;
        }

        if (from.IsDynamic)
        {
            // Only nulls and unknowns have the dynamic type, and the wrapper handles both; known values that
            // reach here came through a dynamic-typed slot and are converted by their actual type.
            return unsafeAllowed ? (value, path) => ConvertActual(value, to, path) : null;
        }

        if (from.Equals(to))
        {
            return (value, _) => value;
        }

        if (from.IsPrimitive && to.IsPrimitive)
        {
            return PrimitiveConversion(from, to, unsafeAllowed);
        }

        return (from.Kind, to.Kind) switch
        {
            (HclTypeKind.Object, HclTypeKind.Object) => ObjectToObject(from, to, unsafeAllowed),
            (HclTypeKind.Tuple, HclTypeKind.Tuple) => TupleToTuple(from, to, unsafeAllowed),
            (HclTypeKind.List or HclTypeKind.Set, HclTypeKind.List) => CollectionToSequence(from, to, unsafeAllowed),
            (HclTypeKind.Set, HclTypeKind.Set) => CollectionToSequence(from, to, unsafeAllowed),
            (HclTypeKind.List, HclTypeKind.Set) => unsafeAllowed ? CollectionToSequence(from, to, unsafeAllowed) : null,
            (HclTypeKind.Map, HclTypeKind.Map) => MapToMap(from, to, unsafeAllowed),
            (HclTypeKind.Tuple, HclTypeKind.List or HclTypeKind.Set) => TupleToSequence(from, to, unsafeAllowed),
            (HclTypeKind.Object, HclTypeKind.Map) => ObjectToMap(from, to, unsafeAllowed),
            (HclTypeKind.Map, HclTypeKind.Object) => unsafeAllowed ? MapToObject(from, to) : null,
            _ => null,
        };
    }

    private static HclValue ConvertActual(HclValue value, HclType to, ConversionPath path)
    {
        var conversion = Get(value.Type, to, unsafeAllowed: true) ?? throw path.Error(MismatchMessages.For(value.Type, to));
        return conversion(value, path);
    }

    private static Conversion? PrimitiveConversion(HclType from, HclType to, bool unsafeAllowed)
    {
        switch (from.Kind, to.Kind)
        {
            case (HclTypeKind.Number, HclTypeKind.String):
                return (value, _) => HclValue.FromString(value.AsNumber().ToString());
            case (HclTypeKind.Bool, HclTypeKind.String):
                return (value, _) => HclValue.FromString(value.AsBool() ? "true" : "false");
            case (HclTypeKind.String, HclTypeKind.Number) when unsafeAllowed:
                return (value, path) => HclNumber.TryParse(value.AsString(), out var number)
                    ? HclValue.FromNumber(number)
                    : throw path.Error("a number is required");
            case (HclTypeKind.String, HclTypeKind.Bool) when unsafeAllowed:
                return (value, path) => value.AsString() switch
                {
                    "true" or "1" => HclValue.True,
                    "false" or "0" => HclValue.False,
                    var s when s.Equals("true", StringComparison.OrdinalIgnoreCase) =>
                        throw path.Error("a bool is required; to convert from string, use lowercase \"true\""),
                    var s when s.Equals("false", StringComparison.OrdinalIgnoreCase) =>
                        throw path.Error("a bool is required; to convert from string, use lowercase \"false\""),
                    _ => throw path.Error("a bool is required"),
                };
            default:
                return null;
        }
    }

    private static Conversion? CollectionToSequence(HclType from, HclType to, bool unsafeAllowed)
    {
        var fromElement = from.ElementType!;
        var toElement = to.ElementType!;
        var element = fromElement.Equals(toElement) ? null : Get(fromElement, toElement, unsafeAllowed);
        if (element is null && !fromElement.Equals(toElement))
        {
            return null;
        }

        return (value, path) =>
        {
            var items = value.Elements.Select((e, i) => element is null ? e : element(e, path.Index(i))).ToImmutableArray();
            return BuildSequence(to.Kind, items, toElement.IsDynamic ? fromElement : toElement);
        };
    }

    private static Conversion? TupleToSequence(HclType from, HclType to, bool unsafeAllowed)
    {
        var toElement = to.ElementType!;
        var elementTypes = from.TupleElementTypes;
        if (toElement.IsDynamic)
        {
            if (elementTypes.IsEmpty)
            {
                return (_, _) => BuildSequence(to.Kind, [], HclType.Dynamic);
            }

            var unified = TypeUnifier.Unify(elementTypes, unsafeAllowed);

            // Still dynamic after unifying means some elements' types are not known yet; as cty, that only
            // converts when no element's type is known.
            if (unified is null || (unified.IsDynamic && elementTypes.Any(t => !t.IsDynamic)))
            {
                return null;
            }

            toElement = unified;
        }

        var conversions = new Conversion?[elementTypes.Length];
        for (var i = 0; i < elementTypes.Length; i++)
        {
            if (!elementTypes[i].Equals(toElement))
            {
                conversions[i] = Get(elementTypes[i], toElement, unsafeAllowed);
                if (conversions[i] is null)
                {
                    return null;
                }
            }
        }

        var target = toElement;
        return (value, path) =>
        {
            var items = value.Elements
                .Select((e, i) => conversions[i] is { } c ? HclConversion.ConvertToUnified(c(e, path.Index(i)), target) : e)
                .ToImmutableArray();
            return BuildSequence(to.Kind, items, target);
        };
    }

    private static Conversion? MapToMap(HclType from, HclType to, bool unsafeAllowed)
    {
        var element = Get(from.ElementType!, to.ElementType!, unsafeAllowed);
        if (element is null)
        {
            return null;
        }

        return (value, path) => BuildMap(
            value.Entries.Select(e => KeyValuePair.Create(e.Key, element(e.Value, path.Key(e.Key)))),
            to.ElementType!.IsDynamic ? from.ElementType! : to.ElementType!);
    }

    private static Conversion? ObjectToMap(HclType from, HclType to, bool unsafeAllowed)
    {
        var toElement = to.ElementType!;
        var attributes = from.AttributeTypes;
        if (toElement.IsDynamic)
        {
            if (attributes.IsEmpty)
            {
                return (_, _) => HclValue.EmptyMap(HclType.Dynamic);
            }

            var unified = TypeUnifier.Unify([.. attributes.Values], unsafeAllowed);
            if (unified is null || (unified.IsDynamic && attributes.Values.Any(t => !t.IsDynamic)))
            {
                return null;
            }

            toElement = unified;
        }

        var conversions = new Dictionary<string, Conversion>(StringComparer.Ordinal);
        foreach (var (name, type) in attributes)
        {
            if (!type.Equals(toElement))
            {
                var c = Get(type, toElement, unsafeAllowed);
                if (c is null)
                {
                    return null;
                }

                conversions[name] = c;
            }
        }

        var target = toElement;
        return (value, path) => BuildMap(
            value.Entries.Select(e => KeyValuePair.Create(
                e.Key,
                conversions.TryGetValue(e.Key, out var c) ? HclConversion.ConvertToUnified(c(e.Value, path.Key(e.Key)), target) : e.Value)),
            target);
    }

    private static HclValue BuildSequence(HclTypeKind kind, ImmutableArray<HclValue> items, HclType elementType)
    {
        // After conversion to a dynamic element type the elements may still differ (cty then fails the same way).
        var type = items.IsEmpty ? elementType : items[0].Type;
        if (items.Any(i => !i.Type.Equals(type)))
        {
            var unified = TypeUnifier.Unify([.. items.Select(i => i.Type)], unsafeAllowed: true)
                ?? throw ConversionPath.Root.Error($"all {kind.ToString().ToLowerInvariant()} elements must have the same type");
            items = [.. items.Select(i => HclConversion.ConvertToUnified(i, unified))];
            type = unified;
        }

        return kind == HclTypeKind.Set ? HclValue.Set(type, items) : HclValue.List(type, items);
    }

    private static HclValue BuildMap(IEnumerable<KeyValuePair<string, HclValue>> entries, HclType elementType)
    {
        var list = entries.ToList();
        if (list.Count == 0)
        {
            return HclValue.EmptyMap(elementType);
        }

        var type = list[0].Value.Type;
        if (list.Any(e => !e.Value.Type.Equals(type)))
        {
            var unified = TypeUnifier.Unify([.. list.Select(e => e.Value.Type)], unsafeAllowed: true)
                ?? throw ConversionPath.Root.Error("all map elements must have the same type");
            list = [.. list.Select(e => KeyValuePair.Create(e.Key, HclConversion.ConvertToUnified(e.Value, unified)))];
            type = unified;
        }

        return HclValue.Map(type, list);
    }

    /// <summary>The wanted type with its dynamic parts filled from the actual type where the shapes agree.</summary>
    private static HclType DynamicReplace(HclType from, HclType to)
    {
        if (to.IsDynamic)
        {
            return from;
        }

        if (from.IsDynamic || to.IsPrimitive)
        {
            return to;
        }

        return (from.Kind, to.Kind) switch
        {
            (HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Map, HclTypeKind.List) => HclType.List(DynamicReplace(from.ElementType!, to.ElementType!)),
            (HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Map, HclTypeKind.Set) => HclType.Set(DynamicReplace(from.ElementType!, to.ElementType!)),
            (HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Map, HclTypeKind.Map) => HclType.Map(DynamicReplace(from.ElementType!, to.ElementType!)),
            (HclTypeKind.Tuple, HclTypeKind.Tuple) when from.TupleElementTypes.Length == to.TupleElementTypes.Length =>
                HclType.Tuple(from.TupleElementTypes.Zip(to.TupleElementTypes, DynamicReplace)),
            (HclTypeKind.Object, HclTypeKind.Object) => HclType.Object(to.AttributeTypes.Select(a => KeyValuePair.Create(
                a.Key, from.AttributeTypes.TryGetValue(a.Key, out var f) ? DynamicReplace(f, a.Value) : a.Value))),
            _ => to,
        };
    }
}
