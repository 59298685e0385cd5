using static Platform.Hcl.Evaluation.Functions.FunctionTable;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// Terraform's <c>to*</c> conversions, <c>try</c>/<c>can</c> (given their argument expressions through
/// <see cref="HclFunction.ExpressionImplementation"/>)
/// and the sensitivity functions, which are the only functions that see and change marks themselves.
/// </summary>
internal static class TypeConversionFunctions
{
    public static IEnumerable<KeyValuePair<string, HclFunction>> All()
    {
        yield return new("tobool", To(HclType.Bool));
        yield return new("tonumber", To(HclType.Number));
        yield return new("tostring", To(HclType.String));
        yield return new("tolist", To(HclType.List(HclType.Dynamic)));
        yield return new("toset", To(HclType.Set(HclType.Dynamic)));
        yield return new("tomap", To(HclType.Map(HclType.Dynamic)));
        // With ready values (a direct HclFunction.Call) every argument already "succeeded": try gives the first, can true.
        var expression = Param("expression", HclType.Dynamic, allowNull: true, allowUnknown: true, allowDynamic: true, allowMarked: true);
        yield return new("try", new HclFunction
        {
            VariadicParameter = expression,
            ReturnType = a => a.Count == 0 ? HclType.Dynamic : a[0].Type,
            Implementation = a => a.Count == 0 ? throw new FunctionCallException("at least one argument is required") : a[0],
            ExpressionImplementation = TryFunction.Invoke,
        });
        yield return new("can", new HclFunction
        {
            Parameters = [expression],
            ReturnType = HclFunction.Returns(HclType.Bool),
            Implementation = _ => HclValue.True,
            ExpressionImplementation = CanFunction.Invoke,
        });

        var anything = Param("value", HclType.Dynamic, allowNull: true, allowUnknown: true, allowDynamic: true, allowMarked: true);
        yield return new("sensitive", Define([anything], a => a[0].Type, a => a[0].Mark(HclMarks.Sensitive)));
        yield return new("nonsensitive", Define([anything], a => a[0].Type, a => Unmarked(a[0])));
        yield return new("issensitive", Define([anything], HclType.Bool, a => HclValue.FromBool(a[0].HasMark(HclMarks.Sensitive))));
    }

    // nonsensitive removes only the sensitive mark, leaving any other marks on the value.
    private static HclValue Unmarked(HclValue value)
    {
        var (bare, marks) = value.Unmark();
        return bare.WithMarks(marks.Remove(HclMarks.Sensitive));
    }

    private static HclFunction To(HclType want) => Define(
        [Param("v", HclType.Dynamic, allowNull: true, allowUnknown: true, allowDynamic: true, allowMarked: true)],
        a => HclConversion.CanConvert(a[0].Type, want) ? HclType.Dynamic : throw Refusal(a[0], want),
        a => Convert(a[0], want));

    private static HclValue Convert(HclValue value, HclType want)
    {
        try
        {
            return HclConversion.Convert(value, want);
        }
        catch (HclConversionException e)
        {
            throw Refusal(value, want, e);
        }
    }

    private static FunctionCallException Refusal(HclValue value, HclType want, HclConversionException? cause = null)
    {
        var (bare, marks) = value.UnmarkDeep();
        var got = bare.Type;
        if (cause is null && got.IsTuple && want.IsTuple)
        {
            return new FunctionCallException(0, $"incompatible tuple type for conversion: {HclConversion.MismatchMessage(got, want)}");
        }

        if (cause is null && got.IsObject && want.IsObject)
        {
            return new FunctionCallException(0, $"incompatible object type for conversion: {HclConversion.MismatchMessage(got, want)}");
        }

        // Never quote a sensitive value in a message.
        if (cause is not null && marks.Contains(HclMarks.Sensitive))
        {
            return new FunctionCallException(0, $"cannot convert this sensitive {got.FriendlyName} to {ConstraintName(want)}");
        }

        if (cause is not null && got.Kind == HclTypeKind.String && want.Kind is HclTypeKind.Bool or HclTypeKind.Number)
        {
            var what = bare.IsNull ? "string" : FormatString.GoQuote(bare.AsString());
            return want.Kind == HclTypeKind.Bool
                ? new FunctionCallException(0, $"cannot convert {what} to bool; only the strings \"true\" or \"false\" are allowed")
                : new FunctionCallException(0, $"cannot convert {what} to number; given string must be a decimal representation of a number");
        }

        return new FunctionCallException(0, $"cannot convert {got.FriendlyName} to {ConstraintName(want)}");
    }

    // cty names a collection of the dynamic type "list of any single type" (HclType.FriendlyNameForConstraint
    // says "list of any type"; reported to the value-system owners).
    private static string ConstraintName(HclType type) => type.Kind switch
    {
        HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Map when type.ElementType!.IsDynamic =>
            $"{type.Kind.ToString().ToLowerInvariant()} of any single type",
        _ => type.FriendlyNameForConstraint,
    };
}
