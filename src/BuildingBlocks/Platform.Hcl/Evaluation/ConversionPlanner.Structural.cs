namespace Platform.Hcl.Evaluation;

// Conversions into structural types (objects and tuples), where each attribute or element has its own type.
internal static partial class ConversionPlanner
{
    private static Conversion? MapToObject(HclType from, HclType to)
    {
        var conversions = new Dictionary<string, Conversion>(StringComparer.Ordinal);
        foreach (var (name, type) in to.AttributeTypes)
        {
            var c = Get(from.ElementType!, type, unsafeAllowed: true);
            if (c is null)
            {
                return null;
            }

            conversions[name] = c;
        }

        return (value, path) =>
        {
            var entries = value.Entries;
            foreach (var key in entries.Keys)
            {
                if (!to.HasAttribute(key))
                {
                    throw path.Error($"unsupported attribute \"{key}\"");
                }
            }

            var result = new List<KeyValuePair<string, HclValue>>();
            foreach (var (name, type) in to.AttributeTypes)
            {
                if (entries.TryGetValue(name, out var element))
                {
                    result.Add(KeyValuePair.Create(name, conversions[name](element, path.Attribute(name))));
                }
                else if (to.OptionalAttributes.Contains(name))
                {
                    result.Add(KeyValuePair.Create(name, HclValue.Null(HclConversion.WithoutOptionalAttributes(type))));
                }
                else
                {
                    throw path.Error($"map has no element for required attribute \"{name}\"");
                }
            }

            return HclValue.Object(result);
        };
    }

    private static Conversion? ObjectToObject(HclType from, HclType to, bool unsafeAllowed)
    {
        var conversions = new Dictionary<string, Conversion?>(StringComparer.Ordinal);
        foreach (var (name, type) in to.AttributeTypes)
        {
            if (!from.AttributeTypes.TryGetValue(name, out var fromType))
            {
                if (!to.OptionalAttributes.Contains(name))
                {
                    return null;
                }

                continue;
            }

            if (fromType.Equals(type))
            {
                conversions[name] = null;
                continue;
            }

            var c = Get(fromType, type, unsafeAllowed);
            if (c is null)
            {
                return null;
            }

            conversions[name] = c;
        }

        return (value, path) =>
        {
            var result = new List<KeyValuePair<string, HclValue>>();
            foreach (var (name, type) in to.AttributeTypes)
            {
                if (conversions.TryGetValue(name, out var c))
                {
                    var attribute = value.Entries[name];
                    result.Add(KeyValuePair.Create(name, c is null ? attribute : c(attribute, path.Attribute(name))));
                }
                else
                {
                    result.Add(KeyValuePair.Create(name, HclValue.Null(HclConversion.WithoutOptionalAttributes(type))));
                }
            }

            return HclValue.Object(result);
        };
    }

    private static Conversion? TupleToTuple(HclType from, HclType to, bool unsafeAllowed)
    {
        if (from.TupleElementTypes.Length != to.TupleElementTypes.Length)
        {
            return null;
        }

        var conversions = new Conversion?[from.TupleElementTypes.Length];
        for (var i = 0; i < conversions.Length; i++)
        {
            var f = from.TupleElementTypes[i];
            var t = to.TupleElementTypes[i];
            if (!f.Equals(t))
            {
                conversions[i] = Get(f, t, unsafeAllowed);
                if (conversions[i] is null)
                {
                    return null;
                }
            }
        }

        return (value, path) => HclValue.Tuple(value.Elements.Select((e, i) => conversions[i] is { } c ? c(e, path.Index(i)) : e));
    }
}
