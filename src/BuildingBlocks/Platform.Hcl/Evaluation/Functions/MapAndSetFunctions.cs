using static Platform.Hcl.Evaluation.Functions.FunctionTable;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>Terraform's functions over maps and objects, and set algebra.</summary>
internal static class MapAndSetFunctions
{
    public static IEnumerable<KeyValuePair<string, HclFunction>> All()
    {
        yield return new("keys", DefineShallow([Param("inputMap", HclType.Dynamic)], KeysType, Keys));
        yield return new("values", DefineShallow([Param("mapping", HclType.Dynamic)], ValuesType, Values));
        yield return new("lookup", Define(
            [Param("inputMap", HclType.Dynamic, allowUnknown: true, allowMarked: true), Param("key", HclType.String, allowUnknown: true, allowMarked: true)],
            LookupType,
            Lookup,
            Param("default", HclType.Dynamic, allowNull: true, allowUnknown: true, allowDynamic: true, allowMarked: true)));
        yield return new("merge", DefineShallow([], _ => HclType.Dynamic, Merge, Param("maps", HclType.Dynamic, allowNull: true, allowDynamic: true)));
        yield return new("matchkeys", Define([Param("values", HclType.List(HclType.Dynamic)), Param("keys", HclType.List(HclType.Dynamic)), Param("searchset", HclType.List(HclType.Dynamic))],
            a => a[0].Type, MatchKeys));
        yield return new("transpose", Define([Param("values", HclType.Map(HclType.List(HclType.String)))], HclType.Map(HclType.List(HclType.String)), Transpose));
        yield return new("zipmap", DefineShallow([Param("keys", HclType.List(HclType.String)), Param("values", HclType.Dynamic)], _ => HclType.Dynamic, ZipMap));
        yield return new("setintersection", SetOperation((a, b) => a.Where(b.Contains)));
        yield return new("setsubtract", new HclFunction
        {
            Parameters = [Param("a", HclType.Set(HclType.Dynamic)), Param("b", HclType.Set(HclType.Dynamic))],
            ReturnType = SetType,
            Implementation = a => SetResult(a, (x, y) => x.Where(e => !y.Contains(e))),
        });
        yield return new("setunion", SetOperation((a, b) => a.Concat(b)));
        yield return new("setproduct", Define([], HclType.Dynamic, SetProduct, Param("sets", HclType.Dynamic)));
    }

    private static HclType KeysType(IReadOnlyList<HclValue> args)
    {
        var type = args[0].Type;
        if (type.IsMap)
        {
            return HclType.List(HclType.String);
        }

        return type.IsObject
            ? HclType.Tuple(type.AttributeTypes.Keys.Select(_ => HclType.String))
            : throw new FunctionCallException(0, "must have map or object type");
    }

    private static HclValue Keys(IReadOnlyList<HclValue> args)
    {
        var names = args[0].Entries.Keys.Select(Str).ToList();
        return args[0].Type.IsMap ? HclValue.List(HclType.String, names) : HclValue.Tuple(names);
    }

    private static HclType ValuesType(IReadOnlyList<HclValue> args)
    {
        var type = args[0].Type;
        if (type.IsMap)
        {
            return HclType.List(type.ElementType!);
        }

        return type.IsObject
            ? HclType.Tuple(type.AttributeTypes.Values)
            : throw new FunctionCallException(0, "values() requires a map as the first argument");
    }

    private static HclValue Values(IReadOnlyList<HclValue> args)
    {
        var values = args[0].Entries.Values.ToList();
        return args[0].Type.IsMap ? HclValue.List(args[0].Type.ElementType!, values) : HclValue.Tuple(values);
    }

    private static HclType LookupType(IReadOnlyList<HclValue> args)
    {
        if (args.Count > 3)
        {
            throw new FunctionCallException($"lookup() takes two or three arguments, got {args.Count}");
        }

        var type = args[0].Type;
        if (type.IsObject)
        {
            if (!args[1].IsKnown)
            {
                return HclType.Dynamic;
            }

            var key = args[1].AsString();
            if (type.HasAttribute(key))
            {
                return type.AttributeType(key);
            }

            return args.Count == 3 ? args[2].Type : throw new FunctionCallException(0, $"the given object has no attribute \"{key}\"");
        }

        if (type.IsMap)
        {
            if (args.Count == 3 && !HclConversion.TryConvert(args[2].Unmark().Value, type.ElementType!, out _, out _))
            {
                throw new FunctionCallException(2, "the default value must have the same type as the map elements");
            }

            return type.ElementType!;
        }

        throw new FunctionCallException(0, "lookup() requires a map as the first argument");
    }

    // Terraform's lookup takes its arguments marked: the result carries the map's and the key's marks, a
    // default keeps its own, and a missing key is named in the error only when it is not sensitive.
    private static HclValue Lookup(IReadOnlyList<HclValue> args)
    {
        var returnType = LookupType(args);
        var (map, mapMarks) = args[0].Unmark();
        var (key, keyMarks) = args[1].Unmark();
        var marks = mapMarks.Union(keyMarks);
        if (!map.IsKnown || !key.IsKnown)
        {
            return HclValue.Unknown(returnType).WithMarks(marks);
        }

        var name = key.AsString();
        if (map.Entries.TryGetValue(name, out var found))
        {
            return found.WithMarks(marks);
        }

        if (args.Count == 3)
        {
            return HclConversion.Convert(args[2], returnType).WithMarks(marks);
        }

        var shown = keyMarks.Contains(HclMarks.Sensitive) ? "(sensitive value)" : $"\"{name}\"";
        throw new FunctionCallException($"lookup failed to find key {shown}");
    }

    private static HclValue Merge(IReadOnlyList<HclValue> args)
    {
        var entries = new Dictionary<string, HclValue>(StringComparer.Ordinal);
        var allMaps = true;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.IsNull)
            {
                continue;
            }

            if (!(arg.Type.IsMap || arg.Type.IsObject))
            {
                throw new FunctionCallException(i, $"arguments must be maps or objects, got \"{arg.Type.FriendlyName}\"");
            }

            allMaps &= arg.Type.IsMap;
            foreach (var (key, value) in arg.Entries)
            {
                entries[key] = value;
            }
        }

        if (allMaps && args.Any(a => !a.IsNull))
        {
            var elementType = HclConversion.Unify(entries.Values.Select(v => v.Type).Concat(args.Where(a => !a.IsNull).Select(a => a.Type.ElementType!)).ToList());
            if (elementType is not null)
            {
                return entries.Count == 0
                    ? HclValue.EmptyMap(elementType)
                    : HclValue.Map(elementType, entries.Select(e => KeyValuePair.Create(e.Key, HclConversion.Convert(e.Value, elementType))));
            }
        }

        return HclValue.Object(entries);
    }

    private static HclValue MatchKeys(IReadOnlyList<HclValue> args)
    {
        var (values, keys, search) = (args[0], args[1], args[2]);
        if (values.Length != keys.Length)
        {
            throw new FunctionCallException("length of keys and values should be equal");
        }

        if (HclConversion.Unify([keys.Type.ElementType!, search.Type.ElementType!], unsafeAllowed: true) is null)
        {
            throw new FunctionCallException("keys and searchset must be of the same type");
        }

        if (search.Length == 0)
        {
            return HclValue.EmptyList(values.Type.ElementType!);
        }

        var output = new List<HclValue>();
        for (var i = 0; i < keys.Length; i++)
        {
            foreach (var candidate in search.Elements)
            {
                var equal = keys.Elements[i].EqualTo(candidate);
                if (!equal.IsKnown)
                {
                    return HclValue.EmptyList(values.Type.ElementType!);
                }

                if (equal.AsBool())
                {
                    output.Add(values.Elements[i]);
                    break;
                }
            }
        }

        return HclValue.List(values.Type.ElementType!, output);
    }

    private static HclValue Transpose(IReadOnlyList<HclValue> args)
    {
        var result = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, list) in args[0].Entries)
        {
            if (list.IsNull)
            {
                throw new FunctionCallException("input must not contain null list");
            }

            foreach (var element in list.Elements)
            {
                if (element.IsNull)
                {
                    throw new FunctionCallException(0, "lists must not contain null values");
                }

                var name = element.AsString();
                if (!result.TryGetValue(name, out var keys))
                {
                    result[name] = keys = [];
                }

                keys.Add(key);
            }
        }

        var elementType = HclType.List(HclType.String);
        return result.Count == 0
            ? HclValue.EmptyMap(elementType)
            : HclValue.Map(elementType, result.Select(r => KeyValuePair.Create(r.Key, HclValue.List(HclType.String, r.Value.Select(Str)))));
    }

    private static HclValue ZipMap(IReadOnlyList<HclValue> args)
    {
        var (keys, values) = (args[0], args[1]);
        if (!(values.Type.IsList || values.Type.IsTuple))
        {
            throw new FunctionCallException(1, "values must be a list or tuple");
        }

        if (keys.Length != values.Length)
        {
            throw new FunctionCallException($"number of keys ({keys.Length}) does not match number of values ({values.Length})");
        }

        if (!keys.IsWhollyKnown)
        {
            return HclValue.DynamicUnknown;
        }

        var entries = new Dictionary<string, HclValue>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys.Elements[i].IsNull)
            {
                throw new FunctionCallException(0, "keys list must not contain null values");
            }

            entries[keys.Elements[i].AsString()] = values.Elements[i];
        }

        if (values.Type.IsList)
        {
            return entries.Count == 0 ? HclValue.EmptyMap(values.Type.ElementType!) : HclValue.Map(values.Type.ElementType!, entries);
        }

        return HclValue.Object(entries);
    }

    private static HclFunction SetOperation(Func<IEnumerable<HclValue>, IEnumerable<HclValue>, IEnumerable<HclValue>> combine) => new()
    {
        Parameters = [Param("first_set", HclType.Set(HclType.Dynamic))],
        VariadicParameter = Param("other_sets", HclType.Set(HclType.Dynamic)),
        ReturnType = SetType,
        Implementation = a => SetResult(a, combine),
    };

    private static HclType SetType(IReadOnlyList<HclValue> args)
    {
        var unified = HclConversion.Unify(args.Select(a => a.Type).ToList(), unsafeAllowed: true);
        return unified is { IsSet: true } ? unified : throw new FunctionCallException("given sets must all have compatible element types");
    }

    private static HclValue SetResult(IReadOnlyList<HclValue> args, Func<IEnumerable<HclValue>, IEnumerable<HclValue>, IEnumerable<HclValue>> combine)
    {
        var type = SetType(args);
        var sets = args.Select(a => HclConversion.Convert(a, type).Elements.AsEnumerable()).ToList();
        var result = sets.Skip(1).Aggregate(sets[0], (acc, next) => combine(acc, next.ToList()).ToList());
        return HclValue.Set(type.ElementType!, result);
    }

    private static HclValue SetProduct(IReadOnlyList<HclValue> args)
    {
        if (args.Count < 2)
        {
            throw new FunctionCallException("at least two arguments are required");
        }

        for (var i = 0; i < args.Count; i++)
        {
            if (!(args[i].Type.IsList || args[i].Type.IsSet || args[i].Type.IsTuple))
            {
                throw new FunctionCallException(i, "a set or a list is required");
            }
        }

        IEnumerable<List<HclValue>> product = [[]];
        foreach (var arg in args)
        {
            product = product.SelectMany(prefix => arg.Elements.Select(e => new List<HclValue>(prefix) { e })).ToList();
        }

        // As cty: each product is a tuple of the inputs' element types (a tuple input counts as the list its
        // elements unify to), collected in a list when no input is a set and in a set otherwise. Terraform
        // shows setproduct(["a"], [1]) as [["a", 1]], never as strings.
        var elementTypes = new List<HclType>();
        for (var i = 0; i < args.Count; i++)
        {
            var type = args[i].Type;
            // A bare null in a tuple has no type yet and converts to whatever the others unify to.
            var typed = type.IsTuple ? type.TupleElementTypes.Where(t => !t.IsDynamic).ToList() : [];
            var elementType = type.IsTuple
                ? typed.Count == 0 ? HclType.Dynamic : HclConversion.Unify(typed)
                : type.ElementType;
            elementTypes.Add(elementType ?? throw new FunctionCallException(i, "a set or a list is required"));
        }

        var tupleType = HclType.Tuple(elementTypes);
        var tuples = product
            .Select(p => HclValue.Tuple(p.Select((e, i) => elementTypes[i].IsDynamic ? e : HclConversion.Convert(e, elementTypes[i]))))
            .ToList();
        if (args.Any(a => a.Type.IsSet))
        {
            return tuples.Count == 0 ? HclValue.EmptySet(tupleType) : HclValue.Set(tupleType, tuples);
        }

        return tuples.Count == 0 ? HclValue.EmptyList(tupleType) : HclValue.List(tupleType, tuples);
    }
}
