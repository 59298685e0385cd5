namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// Shorthands for declaring functions, so each family file reads as a list of definitions. Parameter lists are
/// written as tuples of name and type; <c>Param</c> gives one with the Allow flags a function needs.
/// </summary>
internal static class FunctionTable
{
    public static HclParameter Param(string name, HclType type, bool allowNull = false, bool allowUnknown = false, bool allowDynamic = false, bool allowMarked = false) =>
        new(name, type) { AllowNull = allowNull, AllowUnknown = allowUnknown, AllowDynamicType = allowDynamic, AllowMarked = allowMarked };

    public static HclFunction Define(HclParameter[] parameters, HclType returns, Func<IReadOnlyList<HclValue>, HclValue> implementation, HclParameter? variadic = null) =>
        Define(parameters, HclFunction.Returns(returns), implementation, variadic);

    /// <summary>
    /// A function whose core sees only wholly known values for the parameters that do not allow unknowns (as most
    /// of cty's functions check for themselves): an argument with an unknown anywhere inside gives an unknown
    /// result of the return type without calling the core.
    /// </summary>
    public static HclFunction Define(HclParameter[] parameters, Func<IReadOnlyList<HclValue>, HclType> returns, Func<IReadOnlyList<HclValue>, HclValue> implementation, HclParameter? variadic = null) =>
        new()
        {
            Parameters = parameters,
            VariadicParameter = variadic,
            ReturnType = returns,
            Implementation = args => HasUnknownInside(parameters, variadic, args) ? HclValue.Unknown(returns(args)) : implementation(args),
        };

    private static bool HasUnknownInside(HclParameter[] parameters, HclParameter? variadic, IReadOnlyList<HclValue> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var parameter = i < parameters.Length ? parameters[i] : variadic;
            if (parameter is { AllowUnknown: false } && !args[i].IsWhollyKnown)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A function that, like cty's, is skipped only when an argument itself is unknown: a known collection with
    /// unknown elements is passed in (so <c>merge</c>, <c>concat</c>, <c>element</c>… keep what is known).
    /// </summary>
    public static HclFunction DefineShallow(HclParameter[] parameters, Func<IReadOnlyList<HclValue>, HclType> returns, Func<IReadOnlyList<HclValue>, HclValue> implementation, HclParameter? variadic = null) =>
        new()
        {
            Parameters = parameters.Select(p => p with { AllowUnknown = true }).ToArray(),
            VariadicParameter = variadic is null ? null : variadic with { AllowUnknown = true },
            ReturnType = returns,
            Implementation = args => args.Any(a => !a.IsKnown) ? HclValue.Unknown(returns(args)) : implementation(args),
        };

    /// <summary>A string-to-string function of one argument.</summary>
    public static HclFunction StringToString(Func<string, string> transform) =>
        Define([Param("str", HclType.String)], HclType.String, args => HclValue.FromString(transform(args[0].AsString())));

    public static HclValue Str(string value) => HclValue.FromString(value);

    public static HclValue Num(long value) => HclValue.FromNumber(value);

    /// <summary>An argument that must be a whole number that fits an int, or a <see cref="FunctionCallException"/> for it.</summary>
    public static int WholeNumber(HclValue value, int argumentIndex, string what = "value")
    {
        var number = value.AsNumber();
        if (!number.IsInteger)
        {
            throw new FunctionCallException(argumentIndex, $"{what} must be a whole number");
        }

        if (!number.TryGetInt(out var result))
        {
            throw new FunctionCallException(argumentIndex, $"{what} is too large");
        }

        return result;
    }
}
