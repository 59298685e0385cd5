namespace Platform.Hcl.Evaluation;

/// <summary>
/// Type conversion with cty/convert's rules. "Safe" conversions never fail for a known value (number→string,
/// tuple→list of a common type, object→map, set→list); "unsafe" ones may (string→number, string→bool,
/// list→set, map→object, anything from the dynamic type). <see cref="Convert"/> allows both, as HCL does
/// wherever a value must fit a type (function arguments, variables). Nulls and unknowns convert to nulls
/// and unknowns of the wanted type; marks carry over.
/// </summary>
public static class HclConversion
{
    /// <summary>Converts or throws <see cref="HclConversionException"/> with cty's message.</summary>
    public static HclValue Convert(HclValue value, HclType want)
    {
        if (value.Type.Equals(want))
        {
            return value;
        }

        var conversion = ConversionPlanner.Get(value.Type, want, unsafeAllowed: true)
            ?? throw new HclConversionException("", MismatchMessage(value.Type, want));
        return conversion(value, ConversionPath.Root);
    }

    public static bool TryConvert(HclValue value, HclType want, out HclValue result, out HclConversionException? error)
    {
        try
        {
            result = Convert(value, want);
            error = null;
            return true;
        }
        catch (HclConversionException e)
        {
            result = HclValue.DynamicUnknown;
            error = e;
            return false;
        }
    }

    /// <summary>Whether any value of <paramref name="from"/> could convert to <paramref name="to"/>.</summary>
    public static bool CanConvert(HclType from, HclType to, bool unsafeAllowed = true) =>
        from.Equals(to) || ConversionPlanner.Get(from, to, unsafeAllowed) is not null;

    /// <summary>
    /// The type all of <paramref name="types"/> convert to (cty's Unify / UnifyUnsafe), or null when there
    /// is none. Convert values to it with <see cref="ConvertToUnified"/>.
    /// </summary>
    public static HclType? Unify(IReadOnlyList<HclType> types, bool unsafeAllowed = false) =>
        TypeUnifier.Unify(types, unsafeAllowed);

    /// <summary>
    /// Converts a value to the result of <see cref="Unify"/>. When the unified type is the dynamic type
    /// because collections mixed with not-yet-known types, cty gives an unknown, and so does this.
    /// </summary>
    public static HclValue ConvertToUnified(HclValue value, HclType unified)
    {
        if (unified.IsDynamic && !value.Type.IsDynamic && (value.Type.IsCollection || value.Type.IsStructural) && !value.HasWhollyKnownType)
        {
            return HclValue.DynamicUnknown.WithMarks(value.Marks);
        }

        return Convert(value, unified);
    }

    /// <summary>
    /// Why <paramref name="got"/> does not convert to <paramref name="want"/>, worded as cty does:
    /// "string required", "attribute \"name\" is required", "incorrect list element type: number required".
    /// </summary>
    public static string MismatchMessage(HclType got, HclType want) => MismatchMessages.For(got, want);

    /// <summary>
    /// Null when <paramref name="type"/> conforms exactly to <paramref name="constraint"/> (equal, with the dynamic
    /// type in the constraint accepting anything); otherwise the first problem found.
    /// </summary>
    public static string? TestConformance(HclType type, HclType constraint)
    {
        if (constraint.IsDynamic || type.Equals(constraint))
        {
            return null;
        }

        if (type.Kind != constraint.Kind)
        {
            return $"{constraint.FriendlyNameForConstraint} required";
        }

        switch (type.Kind)
        {
            case HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Map:
                var inner = TestConformance(type.ElementType!, constraint.ElementType!);
                return inner is null ? null : $"element type: {inner}";
            case HclTypeKind.Tuple:
                if (type.TupleElementTypes.Length != constraint.TupleElementTypes.Length)
                {
                    return $"tuple of {constraint.TupleElementTypes.Length} elements required";
                }

                for (var i = 0; i < type.TupleElementTypes.Length; i++)
                {
                    var element = TestConformance(type.TupleElementTypes[i], constraint.TupleElementTypes[i]);
                    if (element is not null)
                    {
                        return $"element {i}: {element}";
                    }
                }

                return null;
            case HclTypeKind.Object:
                foreach (var (name, attributeType) in constraint.AttributeTypes)
                {
                    if (!type.AttributeTypes.TryGetValue(name, out var actual))
                    {
                        return $"attribute \"{name}\" is required";
                    }

                    var attribute = TestConformance(actual, attributeType);
                    if (attribute is not null)
                    {
                        return $"attribute \"{name}\": {attribute}";
                    }
                }

                var extra = type.AttributeTypes.Keys.FirstOrDefault(k => !constraint.HasAttribute(k));
                return extra is null ? null : $"unsupported attribute \"{extra}\"";
            default:
                return $"{constraint.FriendlyNameForConstraint} required";
        }
    }

    /// <summary><paramref name="type"/> with every optional-attribute marker removed (what conversion results have).</summary>
    public static HclType WithoutOptionalAttributes(HclType type) => type.Kind switch
    {
        HclTypeKind.List => HclType.List(WithoutOptionalAttributes(type.ElementType!)),
        HclTypeKind.Set => HclType.Set(WithoutOptionalAttributes(type.ElementType!)),
        HclTypeKind.Map => HclType.Map(WithoutOptionalAttributes(type.ElementType!)),
        HclTypeKind.Tuple => HclType.Tuple(type.TupleElementTypes.Select(WithoutOptionalAttributes)),
        HclTypeKind.Object => HclType.Object(type.AttributeTypes.Select(a => KeyValuePair.Create(a.Key, WithoutOptionalAttributes(a.Value)))),
        _ => type,
    };
}
