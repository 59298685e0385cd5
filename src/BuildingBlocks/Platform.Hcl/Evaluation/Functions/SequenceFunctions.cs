using static Platform.Hcl.Evaluation.Functions.FunctionTable;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// Terraform's functions that pick from or reshape a sequence: <c>element</c>, <c>one</c>, <c>slice</c>,
/// <c>reverse</c>, <c>chunklist</c>, <c>flatten</c>, and <c>range</c> which makes one. Tuples keep their
/// per-element types; lists keep their element type.
/// </summary>
internal static class SequenceFunctions
{
    private static readonly HclParameter AnyList = Param("list", HclType.List(HclType.Dynamic));

    public static IEnumerable<KeyValuePair<string, HclFunction>> All()
    {
        yield return new("chunklist", DefineShallow([AnyList, Param("size", HclType.Number)], a => HclType.List(a[0].Type), ChunkList));
        yield return new("element", DefineShallow([Param("list", HclType.Dynamic), Param("index", HclType.Number)], ElementType, Element));
        yield return new("flatten", DefineShallow([Param("list", HclType.Dynamic)], _ => HclType.Dynamic, Flatten));
        yield return new("one", DefineShallow([Param("list", HclType.Dynamic)], OneType, One));
        yield return new("range", Define([], HclType.List(HclType.Number), Range, Param("params", HclType.Number)));
        yield return new("reverse", DefineShallow([Param("list", HclType.Dynamic)], a => a[0].Type.IsTuple ? HclType.Tuple(a[0].Type.TupleElementTypes.Reverse()) : a[0].Type, Reverse));
        yield return new("slice", DefineShallow([Param("list", HclType.Dynamic), Param("start_index", HclType.Number), Param("end_index", HclType.Number)], _ => HclType.Dynamic, Slice));
    }

    private static HclValue ChunkList(IReadOnlyList<HclValue> args)
    {
        var list = args[0];
        var size = WholeNumber(args[1], 1, "the size argument");
        if (size < 0)
        {
            throw new FunctionCallException(1, "the size argument must be positive");
        }

        var elementType = list.Type;
        if (size == 0)
        {
            return HclValue.List(elementType, [list]);
        }

        var chunks = list.Elements.Chunk(size).Select(c => HclValue.List(list.Type.ElementType!, c)).ToList();
        return HclValue.List(elementType, chunks);
    }

    private static HclType ElementType(IReadOnlyList<HclValue> args)
    {
        var list = args[0];
        if (list.Type.IsList)
        {
            return list.Type.ElementType!;
        }

        if (!list.Type.IsTuple)
        {
            throw new FunctionCallException(0, "cannot read elements from " + list.Type.FriendlyName);
        }

        if (!args[1].IsKnown || list.Type.TupleElementTypes.IsEmpty)
        {
            return HclType.Dynamic;
        }

        var index = ElementIndex(args[1], list.Type.TupleElementTypes.Length);
        return list.Type.TupleElementTypes[index];
    }

    private static int ElementIndex(HclValue index, int length)
    {
        var number = index.AsNumber();

        // Terraform reads the index as a Go int64 before anything else, so a fraction or a huge index fails
        // here rather than being floored or wrapped.
        if (!number.TryGetLong(out var whole))
        {
            throw new FunctionCallException("invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807");
        }

        if (whole < 0)
        {
            throw new FunctionCallException(1, "cannot use element function with a negative index");
        }

        if (length == 0)
        {
            throw new FunctionCallException(0, "cannot use element function with an empty list");
        }

        return (int)(whole % length);
    }

    private static HclValue Element(IReadOnlyList<HclValue> args)
    {
        var list = args[0];
        return list.Elements[ElementIndex(args[1], list.Length)];
    }

    private static HclValue Flatten(IReadOnlyList<HclValue> args)
    {
        if (!(args[0].Type.IsList || args[0].Type.IsSet || args[0].Type.IsTuple))
        {
            throw new FunctionCallException(0, "can only flatten lists, sets and tuples");
        }

        var output = new List<HclValue>();
        return FlattenInto(args[0], output) ? HclValue.Tuple(output) : HclValue.DynamicUnknown;
    }

    private static bool FlattenInto(HclValue value, List<HclValue> output)
    {
        foreach (var element in value.Elements)
        {
            if ((element.Type.IsList || element.Type.IsSet || element.Type.IsTuple) && !element.IsNull)
            {
                if (!element.IsKnown)
                {
                    return false;
                }

                if (!FlattenInto(element, output))
                {
                    return false;
                }
            }
            else
            {
                output.Add(element);
            }
        }

        return true;
    }

    private static HclType OneType(IReadOnlyList<HclValue> args)
    {
        var type = args[0].Type;
        if (type.IsList || type.IsSet)
        {
            return type.ElementType!;
        }

        if (type.IsTuple)
        {
            return type.TupleElementTypes.Length switch
            {
                0 => HclType.Dynamic,
                1 => type.TupleElementTypes[0],
                _ => throw new FunctionCallException(0, "must be a list, set, or tuple value with either zero or one elements"),
            };
        }

        throw new FunctionCallException(0, "must be a list, set, or tuple value with either zero or one elements");
    }

    private static HclValue One(IReadOnlyList<HclValue> args)
    {
        var list = args[0];
        return list.Length switch
        {
            0 => HclValue.Null(OneType(args)),
            1 => list.Elements[0],
            _ => throw new FunctionCallException(0, "must be a list, set, or tuple value with either zero or one elements"),
        };
    }

    private static HclValue Range(IReadOnlyList<HclValue> args)
    {
        HclNumber start = 0;
        HclNumber end;
        HclNumber step = 1;
        switch (args.Count)
        {
            case 1:
                end = args[0].AsNumber();
                break;
            case 2:
                start = args[0].AsNumber();
                end = args[1].AsNumber();
                break;
            case 3:
                start = args[0].AsNumber();
                end = args[1].AsNumber();
                step = args[2].AsNumber();
                break;
            default:
                throw new FunctionCallException("must have one, two, or three arguments");
        }

        if (args.Count < 3 && end < start)
        {
            step = -1;
        }

        if (step.IsZero)
        {
            throw new FunctionCallException(2, "step must not be zero");
        }

        // An explicit step pointing away from the end is a mistake Terraform reports, not an empty list.
        if (step.Sign < 0 && end > start)
        {
            throw new FunctionCallException(1, "end must be less than start when step is negative");
        }

        if (step.Sign > 0 && end < start)
        {
            throw new FunctionCallException(1, "end must be greater than start when step is positive");
        }

        const int limit = 1024;
        var values = new List<HclValue>();
        for (var v = start; step.Sign > 0 ? v < end : v > end; v += step)
        {
            if (values.Count == limit)
            {
                throw new FunctionCallException($"more than {limit} values were generated; either decrease the difference between start and end or use a smaller step");
            }

            values.Add(HclValue.FromNumber(v));
        }

        return HclValue.List(HclType.Number, values);
    }

    private static HclValue Reverse(IReadOnlyList<HclValue> args)
    {
        var list = args[0];
        return list.Type.Kind switch
        {
            HclTypeKind.List => HclValue.List(list.Type.ElementType!, list.Elements.Reverse()),
            HclTypeKind.Tuple => HclValue.Tuple(list.Elements.Reverse()),
            HclTypeKind.Set => list,
            _ => throw new FunctionCallException(0, "can only reverse list or tuple values"),
        };
    }

    private static HclValue Slice(IReadOnlyList<HclValue> args)
    {
        var list = args[0];
        if (!(list.Type.IsList || list.Type.IsTuple))
        {
            throw new FunctionCallException(0, "must be a list or tuple value");
        }

        var start = WholeNumber(args[1], 1, "start index");
        var end = WholeNumber(args[2], 2, "end index");
        if (start < 0)
        {
            throw new FunctionCallException(1, "start index must not be less than zero");
        }

        if (end > list.Length)
        {
            throw new FunctionCallException(2, "end index must not be greater than the length of the list");
        }

        if (start > end)
        {
            throw new FunctionCallException(1, "start index must not be greater than end index");
        }

        var part = list.Elements.Skip(start).Take(end - start);
        return list.Type.IsList ? HclValue.List(list.Type.ElementType!, part) : HclValue.Tuple(part);
    }
}
