using static Platform.Hcl.Evaluation.Functions.FunctionTable;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// Terraform's functions over lists, tuples and sets: tests, searches and combinations (shape changes such as
/// slice, flatten and range are in <see cref="SequenceFunctions"/>, maps and set algebra in <see cref="MapAndSetFunctions"/>).
/// Parameters typed <c>list(any)</c> accept tuples whose elements unify; results keep cty's types so later
/// functions and conversions see what Terraform would.
/// </summary>
internal static class CollectionFunctions
{
    private static readonly HclParameter AnyList = Param("list", HclType.List(HclType.Dynamic));

    public static IEnumerable<KeyValuePair<string, HclFunction>> All()
    {
        yield return new("alltrue", Define([Param("list", HclType.List(HclType.Bool), allowUnknown: true)], HclType.Bool, a => Truth(a[0], all: true)));
        yield return new("anytrue", Define([Param("list", HclType.List(HclType.Bool), allowUnknown: true)], HclType.Bool, a => Truth(a[0], all: false)));
        yield return new("coalesce", Define([], CoalesceType, Coalesce, Param("vals", HclType.Dynamic, allowNull: true, allowUnknown: true, allowDynamic: true)));
        yield return new("coalescelist", DefineShallow([], _ => HclType.Dynamic, CoalesceList, Param("vals", HclType.Dynamic, allowNull: true, allowUnknown: true, allowDynamic: true)));
        yield return new("compact", Define([Param("list", HclType.List(HclType.String))], HclType.List(HclType.String),
            a => HclValue.List(HclType.String, a[0].Elements.Where(e => !e.IsNull && e.AsString().Length > 0))));
        yield return new("concat", DefineShallow([], ConcatType, Concat, Param("seqs", HclType.Dynamic)));
        yield return new("contains", DefineShallow([Param("list", HclType.Dynamic), Param("value", HclType.Dynamic)], _ => HclType.Bool, Contains));
        yield return new("distinct", Define([AnyList], a => a[0].Type, a => Distinct(a[0])));
        yield return new("index", DefineShallow([Param("list", HclType.Dynamic), Param("value", HclType.Dynamic)], _ => HclType.Number, Index));
        yield return new("length", Define([Param("value", HclType.Dynamic, allowDynamic: true, allowUnknown: true)], HclType.Number, Length));
        yield return new("sort", Define([Param("list", HclType.List(HclType.String))], HclType.List(HclType.String), Sort));
        yield return new("sum", Define([Param("list", HclType.Dynamic)], HclType.Number, Sum));
        yield return new("list", Removed("the \"list\" function was deprecated in Terraform v0.12 and is no longer available; use tolist([ ... ]) syntax to write a literal list"));
        yield return new("map", Removed("the \"map\" function was deprecated in Terraform v0.12 and is no longer available; use tomap({ ... }) syntax to write a literal map"));
    }

    // Functions Terraform removed but still names, so old configurations get a message that says what to write.
    private static HclFunction Removed(string message) => new()
    {
        VariadicParameter = Param("vals", HclType.Dynamic, allowNull: true, allowUnknown: true, allowDynamic: true),
        ReturnType = _ => throw new FunctionCallException(message),
        Implementation = _ => throw new FunctionCallException(message),
    };

    // Terraform's alltrue stops at the first unknown element; anytrue looks on for a true one.
    private static HclValue Truth(HclValue list, bool all)
    {
        if (!list.IsKnown)
        {
            return HclValue.Unknown(HclType.Bool);
        }

        var sawUnknown = false;
        foreach (var element in list.Elements)
        {
            if (!element.IsKnown)
            {
                if (all)
                {
                    return HclValue.Unknown(HclType.Bool);
                }

                sawUnknown = true;
                continue;
            }

            var value = !element.IsNull && element.AsBool();
            if (value != all)
            {
                return HclValue.FromBool(!all);
            }
        }

        return sawUnknown || !list.IsKnown ? HclValue.Unknown(HclType.Bool) : HclValue.FromBool(all);
    }


    private static HclType CoalesceType(IReadOnlyList<HclValue> args)
    {
        if (args.Count == 0)
        {
            throw new FunctionCallException("at least one argument is required");
        }

        return HclConversion.Unify(args.Select(a => a.Type).ToList(), unsafeAllowed: true)
            ?? throw new FunctionCallException("all arguments must have the same type");
    }

    private static HclValue Coalesce(IReadOnlyList<HclValue> args)
    {
        var type = CoalesceType(args);
        foreach (var arg in args)
        {
            var value = HclConversion.ConvertToUnified(arg, type);
            if (!value.IsKnown)
            {
                return HclValue.Unknown(type);
            }

            if (value.IsNull || (type.Kind == HclTypeKind.String && value.AsString().Length == 0))
            {
                continue;
            }

            return value;
        }

        throw new FunctionCallException("no non-null, non-empty-string arguments");
    }

    private static HclValue CoalesceList(IReadOnlyList<HclValue> args)
    {
        if (args.Count == 0)
        {
            throw new FunctionCallException("at least one argument is required");
        }

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!(arg.Type.IsList || arg.Type.IsTuple || arg.Type.IsDynamic))
            {
                throw new FunctionCallException(i, $"coalescelist arguments must be lists or tuples, got {arg.Type.FriendlyName}");
            }

            if (arg.IsNull)
            {
                continue;
            }

            if (!arg.IsKnown)
            {
                return HclValue.DynamicUnknown;
            }

            if (arg.Length > 0)
            {
                return arg;
            }
        }

        throw new FunctionCallException("no non-null arguments");
    }

    private static HclType ConcatType(IReadOnlyList<HclValue> args)
    {
        if (args.Count == 0)
        {
            throw new FunctionCallException("at least one argument is required");
        }

        for (var i = 0; i < args.Count; i++)
        {
            if (!(args[i].Type.IsList || args[i].Type.IsTuple))
            {
                throw new FunctionCallException(i, $"all arguments must be lists or tuples; got {args[i].Type.FriendlyName}");
            }
        }

        if (args.Count > 0 && args.All(a => a.Type.IsList))
        {
            var unified = HclConversion.Unify(args.Select(a => a.Type.ElementType!).ToList());
            if (unified is not null)
            {
                return HclType.List(unified);
            }
        }

        return HclType.Dynamic;
    }

    private static HclValue Concat(IReadOnlyList<HclValue> args)
    {
        var type = ConcatType(args);
        var elements = args.SelectMany(a => a.Elements).ToList();
        if (type.IsList)
        {
            return HclValue.List(type.ElementType!, elements.Select(e => HclConversion.Convert(e, type.ElementType!)));
        }

        return HclValue.Tuple(elements);
    }

    private static HclValue Contains(IReadOnlyList<HclValue> args)
    {
        var list = args[0];
        if (!(list.Type.IsList || list.Type.IsSet || list.Type.IsTuple))
        {
            throw new FunctionCallException(0, "argument must be list, tuple, or set");
        }

        var sawUnknown = false;
        foreach (var element in list.Elements)
        {
            var equal = element.EqualTo(args[1]);
            if (!equal.IsKnown)
            {
                sawUnknown = true;
            }
            else if (equal.AsBool())
            {
                return HclValue.True;
            }
        }

        return sawUnknown ? HclValue.Unknown(HclType.Bool) : HclValue.False;
    }

    private static HclValue Distinct(HclValue list)
    {
        var seen = new List<HclValue>();
        foreach (var element in list.Elements)
        {
            if (!seen.Contains(element))
            {
                seen.Add(element);
            }
        }

        return HclValue.List(list.Type.ElementType!, seen);
    }






    private static HclValue Index(IReadOnlyList<HclValue> args)
    {
        var list = args[0];
        if (!(list.Type.IsList || list.Type.IsTuple))
        {
            throw new FunctionCallException("argument must be a list or tuple");
        }

        if (list.Length == 0)
        {
            throw new FunctionCallException("cannot search an empty list");
        }

        for (var i = 0; i < list.Length; i++)
        {
            var equal = list.Elements[i].EqualTo(args[1]);
            if (!equal.IsKnown)
            {
                return HclValue.Unknown(HclType.Number);
            }

            if (equal.AsBool())
            {
                return Num(i);
            }
        }

        throw new FunctionCallException("item not found");
    }

    private static HclValue Length(IReadOnlyList<HclValue> args)
    {
        var value = args[0];
        var type = value.Type;
        if (type.IsDynamic)
        {
            return HclValue.Unknown(HclType.Number);
        }

        if (type.IsTuple || type.IsObject)
        {
            return Num(type.IsTuple ? type.TupleElementTypes.Length : type.AttributeTypes.Count);
        }

        if (value.IsNull)
        {
            throw new FunctionCallException(0, "argument must not be null");
        }

        if (!value.IsKnown)
        {
            return HclValue.Unknown(HclType.Number);
        }

        return type.Kind switch
        {
            HclTypeKind.String => Num(StringFunctions.Graphemes(value.AsString()).Count()),
            HclTypeKind.List or HclTypeKind.Map => Num(value.Length),
            HclTypeKind.Set when value.Elements.All(e => e.IsKnown) => Num(value.Length),
            HclTypeKind.Set => HclValue.Unknown(HclType.Number),
            _ => throw new FunctionCallException(0, "argument must be a string, a collection type, or a structural type"),
        };
    }






    private static HclValue Sort(IReadOnlyList<HclValue> args)
    {
        var elements = args[0].Elements;
        for (var i = 0; i < elements.Length; i++)
        {
            if (elements[i].IsNull)
            {
                throw new FunctionCallException(0, $"given list element {i} is null; a null string cannot be sorted");
            }
        }

        return HclValue.List(HclType.String, elements.OrderBy(e => e.AsString(), StringComparer.Ordinal));
    }

    private static HclValue Sum(IReadOnlyList<HclValue> args)
    {
        var list = args[0];
        if (!list.CanIterateElements)
        {
            throw new FunctionCallException(0, "cannot sum noniterable");
        }

        if (list.Length == 0)
        {
            throw new FunctionCallException(0, "cannot sum an empty list");
        }

        if (!(list.Type.IsList || list.Type.IsSet || list.Type.IsTuple))
        {
            throw new FunctionCallException(0, "argument must be list, set, or tuple. Received " + list.Type.FriendlyName);
        }

        var total = HclNumber.Zero;
        foreach (var element in list.Elements)
        {
            if (element.IsNull)
            {
                throw new FunctionCallException(0, "argument must be list, set, or tuple of number values");
            }

            if (!HclConversion.TryConvert(element, HclType.Number, out var number, out _))
            {
                throw new FunctionCallException(0, "argument must be list, set, or tuple of number values");
            }

            total += number.AsNumber();
        }

        return HclValue.FromNumber(total);
    }
}
