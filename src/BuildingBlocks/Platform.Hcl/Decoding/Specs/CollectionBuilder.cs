using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>
/// Builds the list, set or map a block spec returns. Collections need one element type, so values of differing
/// types (an <c>any</c> attribute set to a string in one block and a number in another) fall back to the
/// structural counterpart: a tuple or an object.
/// </summary>
internal static class CollectionBuilder
{
    public static HclValue ListOrTuple(IReadOnlyList<HclValue> values, HclType impliedElementType)
    {
        if (values.Count == 0)
        {
            return HclValue.EmptyList(impliedElementType);
        }

        return SameType(values) ? HclValue.List(values[0].Type, values) : HclValue.Tuple(values);
    }

    public static HclValue Set(IReadOnlyList<HclValue> values, HclType impliedElementType)
    {
        if (values.Count == 0)
        {
            return HclValue.EmptySet(impliedElementType);
        }

        return SameType(values) ? HclValue.Set(values[0].Type, values) : HclValue.Tuple(values);
    }

    public static HclValue MapOrObject(IReadOnlyList<KeyValuePair<string, HclValue>> entries, HclType impliedElementType)
    {
        if (entries.Count == 0)
        {
            return HclValue.EmptyMap(impliedElementType);
        }

        return SameType(entries.Select(e => e.Value).ToList()) ? HclValue.Map(entries[0].Value.Type, entries) : HclValue.Object(entries);
    }

    private static bool SameType(IReadOnlyList<HclValue> values) => values.All(v => v.Type.Equals(values[0].Type));
}
