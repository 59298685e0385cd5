using System.Collections.Immutable;

namespace Platform.Hcl.Evaluation;

/// <summary>
/// The order set elements iterate in, which users see (e.g. <c>tolist(toset(...))</c>). As cty: known values
/// first, then unknowns, then nulls; numbers ascending, strings in UTF-8 byte order, false before true; other
/// element types by cty's set rendering of them (<see cref="SetElementKey"/>), compared bytewise.
/// </summary>
internal sealed class HclSetOrder : IComparer<HclValue>
{
    public static readonly HclSetOrder Instance = new();

    /// <summary>Distinct elements (exact equality) in set order.</summary>
    public static ImmutableArray<HclValue> Normalize(ImmutableArray<HclValue> items)
    {
        if (items.Length <= 1)
        {
            return items;
        }

        var distinct = new List<HclValue>(items.Length);
        var seen = new HashSet<HclValue>();
        foreach (var item in items)
        {
            // Unknown elements stay distinct: two unknowns may turn out to be different values.
            if (!item.IsKnown || seen.Add(item))
            {
                distinct.Add(item);
            }
        }

        // Stable, as cty's sort: elements that compare equal (unknowns) keep their given order.
        return [.. distinct.OrderBy(v => v, Instance)];
    }

    public int Compare(HclValue? x, HclValue? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        if (x.IsNull != y.IsNull)
        {
            return x.IsNull ? 1 : -1;
        }

        if (x.IsKnown != y.IsKnown)
        {
            return x.IsKnown ? -1 : 1;
        }

        if (!x.IsKnownNotNull || !y.IsKnownNotNull || x.Type.Kind != y.Type.Kind)
        {
            return 0;
        }

        return x.Type.Kind switch
        {
            HclTypeKind.Number => x.AsNumber().CompareTo(y.AsNumber()),
            HclTypeKind.String => Utf8Compare(x.AsString(), y.AsString()),
            HclTypeKind.Bool => x.AsBool().CompareTo(y.AsBool()),
            _ => SetElementKey.Of(x).AsSpan().SequenceCompareTo(SetElementKey.Of(y)),
        };
    }

    // Go compares strings by UTF-8 bytes, which differs from UTF-16 ordinal order only around surrogates.
    private static int Utf8Compare(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                var aHigh = char.IsSurrogate(a[i]);
                var bHigh = char.IsSurrogate(b[i]);
                if (aHigh != bHigh)
                {
                    return aHigh ? 1 : -1;
                }

                return a[i].CompareTo(b[i]);
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
