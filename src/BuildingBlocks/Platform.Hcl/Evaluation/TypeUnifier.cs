namespace Platform.Hcl.Evaluation;

/// <summary>
/// cty's type unification: the one type a set of types can all convert to. Same-kind collections unify their
/// element types; objects with the same attribute names unify attribute-wise, otherwise as a map; tuples of
/// the same length element-wise, otherwise as a list; anything else picks the most general of the given
/// types (string over number and bool, the dynamic type last) that every other converts to.
/// </summary>
internal static class TypeUnifier
{
    public static HclType? Unify(IReadOnlyList<HclType> types, bool unsafeAllowed)
    {
        if (types.Count == 0)
        {
            return null;
        }

        if (types.All(t => t.Equals(types[0])))
        {
            return types[0];
        }

        int Count(HclTypeKind kind) => types.Count(t => t.Kind == kind);
        var dynamic = Count(HclTypeKind.Dynamic);
        var maps = Count(HclTypeKind.Map);
        var lists = Count(HclTypeKind.List);
        var sets = Count(HclTypeKind.Set);
        var objects = Count(HclTypeKind.Object);
        var tuples = Count(HclTypeKind.Tuple);
        var n = types.Count;

        if (maps > 0 && maps + dynamic == n)
        {
            return dynamic > 0 ? HclType.Dynamic : Collection(HclType.Map, types, unsafeAllowed);
        }

        if (maps > 0 && maps + objects + dynamic == n && ReplaceAndUnify(types, HclTypeKind.Object, ObjectsToMap, unsafeAllowed) is { IsMap: true } map)
        {
            return map;
        }

        if (lists > 0 && lists + dynamic == n)
        {
            return dynamic > 0 ? HclType.Dynamic : Collection(HclType.List, types, unsafeAllowed);
        }

        if (lists > 0 && lists + tuples + dynamic == n && ReplaceAndUnify(types, HclTypeKind.Tuple, TuplesToList, unsafeAllowed) is { IsList: true } list)
        {
            return list;
        }

        if (sets > 0 && sets + dynamic == n)
        {
            return dynamic > 0 ? HclType.Dynamic : Collection(HclType.Set, types, unsafeAllowed);
        }

        if (objects > 0 && objects + dynamic == n)
        {
            return dynamic > 0 ? HclType.Dynamic : Objects(types, unsafeAllowed);
        }

        if (tuples > 0 && tuples + dynamic == n)
        {
            return dynamic > 0 ? HclType.Dynamic : Tuples(types, unsafeAllowed);
        }

        if (objects > 0 && tuples > 0)
        {
            return null;
        }

        foreach (var candidate in PreferenceOrder(types))
        {
            if (types.All(t => t.Equals(candidate) || ConversionPlanner.Get(t, candidate, unsafeAllowed) is not null))
            {
                return candidate;
            }
        }

        return null;
    }

    private static HclType? Collection(Func<HclType, HclType> make, IReadOnlyList<HclType> types, bool unsafeAllowed)
    {
        var element = Unify([.. types.Select(t => t.ElementType!)], unsafeAllowed);
        return element is null ? null : make(element);
    }

    private static HclType? Objects(IReadOnlyList<HclType> types, bool unsafeAllowed)
    {
        var names = types[0].AttributeTypes.Keys.ToHashSet(StringComparer.Ordinal);
        if (types.Any(t => t.AttributeTypes.Count != names.Count || t.AttributeTypes.Keys.Any(k => !names.Contains(k))))
        {
            return ObjectsToMap(types, unsafeAllowed);
        }

        var attributes = new List<KeyValuePair<string, HclType>>();
        foreach (var name in names)
        {
            var unified = Unify([.. types.Select(t => t.AttributeTypes[name])], unsafeAllowed);
            if (unified is null)
            {
                return null;
            }

            attributes.Add(KeyValuePair.Create(name, unified));
        }

        return HclType.Object(attributes);
    }

    private static HclType? ObjectsToMap(IReadOnlyList<HclType> types, bool unsafeAllowed)
    {
        var element = Unify([.. types.SelectMany(t => t.AttributeTypes.Values)], unsafeAllowed);
        if (element is null)
        {
            return null;
        }

        var map = HclType.Map(element);
        return types.All(t => HclConversion.CanConvert(t, map, unsafeAllowed)) ? map : null;
    }

    private static HclType? Tuples(IReadOnlyList<HclType> types, bool unsafeAllowed)
    {
        var length = types[0].TupleElementTypes.Length;
        if (types.Any(t => t.TupleElementTypes.Length != length))
        {
            return TuplesToList(types, unsafeAllowed);
        }

        var elements = new List<HclType>();
        for (var i = 0; i < length; i++)
        {
            var unified = Unify([.. types.Select(t => t.TupleElementTypes[i])], unsafeAllowed);
            if (unified is null)
            {
                return null;
            }

            elements.Add(unified);
        }

        return HclType.Tuple(elements);
    }

    private static HclType? TuplesToList(IReadOnlyList<HclType> types, bool unsafeAllowed)
    {
        var element = Unify([.. types.SelectMany(t => t.TupleElementTypes)], unsafeAllowed);
        if (element is null)
        {
            return null;
        }

        var list = HclType.List(element);
        return types.All(t => HclConversion.CanConvert(t, list, unsafeAllowed)) ? list : null;
    }

    private static HclType? ReplaceAndUnify(
        IReadOnlyList<HclType> types, HclTypeKind kind, Func<IReadOnlyList<HclType>, bool, HclType?> unifyKind, bool unsafeAllowed)
    {
        var replacement = unifyKind([.. types.Where(t => t.Kind == kind)], unsafeAllowed);
        return replacement is null ? null : Unify([.. types.Select(t => t.Kind == kind ? replacement : t)], unsafeAllowed);
    }

    /// <summary>Most general first (cty's sortTypes): a stable topological order of "more general than".</summary>
    private static IEnumerable<HclType> PreferenceOrder(IReadOnlyList<HclType> types)
    {
        var n = types.Count;
        var edges = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        var inDegree = new int[n];
        for (var i = 0; i < n - 1; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var cmp = Compare(types[i], types[j]);
                if (cmp < 0)
                {
                    edges[i].Add(j);
                    inDegree[j]++;
                }
                else if (cmp > 0)
                {
                    edges[j].Add(i);
                    inDegree[i]++;
                }
            }
        }

        var queue = new Queue<int>(Enumerable.Range(0, n).Where(i => inDegree[i] == 0));
        while (queue.Count > 0)
        {
            var i = queue.Dequeue();
            yield return types[i];
            foreach (var j in edges[i])
            {
                if (--inDegree[j] == 0)
                {
                    queue.Enqueue(j);
                }
            }
        }
    }

    // Negative when a is more general than b.
    private static int Compare(HclType a, HclType b)
    {
        if (a.IsDynamic || b.IsDynamic)
        {
            return a.IsDynamic == b.IsDynamic ? 0 : a.IsDynamic ? 1 : -1;
        }

        if (a.IsPrimitive && b.IsPrimitive)
        {
            if (a.Kind == HclTypeKind.String || b.Kind == HclTypeKind.String)
            {
                return a.Kind == b.Kind ? 0 : a.Kind == HclTypeKind.String ? -1 : 1;
            }

            return 0;
        }

        if (a.Kind == b.Kind && a.IsCollection)
        {
            return Compare(a.ElementType!, b.ElementType!);
        }

        return (a.Kind, b.Kind) switch
        {
            (HclTypeKind.List, HclTypeKind.Tuple) or (HclTypeKind.Map, HclTypeKind.Object) => -1,
            (HclTypeKind.Tuple, HclTypeKind.List) or (HclTypeKind.Object, HclTypeKind.Map) => 1,
            (HclTypeKind.Set, HclTypeKind.List or HclTypeKind.Tuple) => -1,
            (HclTypeKind.List or HclTypeKind.Tuple, HclTypeKind.Set) => 1,
            _ => 0,
        };
    }
}
