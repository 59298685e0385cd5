using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Platform.Hcl.Evaluation;

/// <summary>
/// A function callable from HCL expressions (a cty function). A definition gives its parameters, a return-type
/// rule and an implementation of its core; <see cref="Call"/> does everything around it in one place, so an
/// implementation only ever sees arguments converted to its parameter types, not null, wholly known and
/// unmarked (unless its parameters allow otherwise), and its result gets the arguments' marks.
/// </summary>
/// <example>
/// <code>
/// var upper = new HclFunction
/// {
///     Parameters = [new HclParameter("str", HclType.String)],
///     ReturnType = HclFunction.Returns(HclType.String),
///     Implementation = args => HclValue.FromString(args[0].AsString().ToUpperInvariant()),
/// };
/// </code>
/// </example>
public sealed class HclFunction
{
    public IReadOnlyList<HclParameter> Parameters { get; init; } = [];

    /// <summary>When set, any number of further arguments of this parameter's kind may follow the fixed ones.</summary>
    public HclParameter? VariadicParameter { get; init; }

    /// <summary>
    /// The result type for these (converted, possibly unknown) arguments. Throw <see cref="FunctionCallException"/>
    /// for arguments whose types the function cannot accept. Return <see cref="HclType.Dynamic"/> when it
    /// cannot be told before the call.
    /// </summary>
    public required Func<IReadOnlyList<HclValue>, HclType> ReturnType { get; init; }

    /// <summary>The function's core: arguments in, result out; throws <see cref="FunctionCallException"/> on failure.</summary>
    public required Func<IReadOnlyList<HclValue>, HclValue> Implementation { get; init; }

    /// <summary>
    /// For the few functions that must see their arguments before evaluation (Terraform's <c>try</c> and
    /// <c>can</c>, which turn errors into fallbacks): when set, the evaluator calls this instead of
    /// <see cref="Call"/>, with one thunk per argument that evaluates it and returns its value and diagnostics
    /// without reporting them. <see cref="Implementation"/> still serves direct calls with ready values.
    /// </summary>
    public Func<IReadOnlyList<Func<EvaluationResult>>, HclValue>? ExpressionImplementation { get; init; }

    public string Description { get; init; } = "";

    /// <summary>A return-type rule for functions whose result type never varies.</summary>
    public static Func<IReadOnlyList<HclValue>, HclType> Returns(HclType type) => _ => type;

    /// <summary>The parameter that argument <paramref name="index"/> binds to, or null when there is none.</summary>
    public HclParameter? ParameterAt(int index) =>
        index < Parameters.Count ? Parameters[index] : VariadicParameter;

    /// <summary>
    /// Calls the function with cty's standard behaviour: argument count and type checks (with conversion), null
    /// checks, unknown arguments giving an unknown result of the return type, and marks carried to the result.
    /// </summary>
    /// <exception cref="FunctionCallException">The arguments are unsuitable or the function failed.</exception>
    public HclValue Call(IReadOnlyList<HclValue> arguments)
    {
        var (args, returnType, typePending) = Prepare(arguments);

        // As cty: an unknown argument a parameter does not accept means the function is not called at all, and
        // then every mark of every argument is carried; otherwise only marks of parameters that disallow them.
        // An argument of no known type (an untyped null or unknown) that its parameter is not ready for also
        // means no call: cty returns an unknown then, which is why Terraform shows format("%s", null) as
        // "(known after apply)" rather than an error.
        var pending = typePending
            || Enumerable.Range(0, args.Length).Any(i => !args[i].IsKnown && !ParameterAt(i)!.AllowUnknown);
        var marks = ImmutableHashSet.Create<string>(StringComparer.Ordinal);
        var unmarked = ImmutableArray.CreateBuilder<HclValue>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            if (pending || !ParameterAt(i)!.AllowMarked)
            {
                var (value, found) = args[i].UnmarkDeep();
                marks = marks.Union(found);
                unmarked.Add(value);
            }
            else
            {
                unmarked.Add(args[i]);
            }
        }

        if (pending)
        {
            return HclValue.Unknown(returnType).WithMarks(marks);
        }

        try
        {
            return Run(unmarked.MoveToImmutable(), returnType).WithMarks(marks);
        }
        catch (FunctionCallException e) when (args.Any(a => a.UnmarkDeep().Marks.Contains(HclMarks.Sensitive)))
        {
            throw Redacted(e, args);
        }
    }

    // Implementations word their failures as Terraform's, which quote the offending text ("cannot parse
    // \"hunter2\" as a base 10 integer") even when it is sensitive. Every known text of a sensitive argument
    // is cut out of the message (as a whole word), so a secret does not reach a diagnostic or a log.
    private static FunctionCallException Redacted(FunctionCallException failure, ImmutableArray<HclValue> args)
    {
        var secrets = new List<string>();
        foreach (var arg in args)
        {
            var (plain, found) = arg.UnmarkDeep();
            if (found.Contains(HclMarks.Sensitive))
            {
                CollectTexts(plain, secrets);
            }
        }

        var message = failure.Message;
        foreach (var secret in secrets.Where(t => t.Length > 0).OrderByDescending(t => t.Length))
        {
            // Only whole occurrences: a short secret such as "no" must not mangle "cannot".
            var pattern = $@"(?<![\p{{L}}\p{{N}}_]){Regex.Escape(secret)}(?![\p{{L}}\p{{N}}_])";
            message = Regex.Replace(message, pattern, "(sensitive value)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return new FunctionCallException(failure.ArgumentIndex, message);
    }

    private static void CollectTexts(HclValue value, List<string> texts)
    {
        if (!value.IsKnown || value.IsNull)
        {
            return;
        }

        if (value.Type.Kind is HclTypeKind.String)
        {
            texts.Add(value.AsString());
        }
        else if (value.Type.Kind is HclTypeKind.Number)
        {
            texts.Add(value.AsNumber().ToString());
        }
        else if (value.Type.Kind is HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Tuple)
        {
            foreach (var element in value.Elements)
            {
                CollectTexts(element, texts);
            }
        }
        else if (value.Type.Kind is HclTypeKind.Map or HclTypeKind.Object)
        {
            foreach (var (key, element) in value.Entries)
            {
                texts.Add(key);
                CollectTexts(element, texts);
            }
        }
    }

    /// <summary>The type <see cref="Call"/> would return for these arguments (which may be unknown).</summary>
    public HclType ReturnTypeFor(IReadOnlyList<HclValue> arguments) => Prepare(arguments).ReturnType;

    private (ImmutableArray<HclValue> Args, HclType ReturnType, bool TypePending) Prepare(IReadOnlyList<HclValue> arguments)
    {
        if (arguments.Count < Parameters.Count)
        {
            var missing = Parameters[arguments.Count];
            throw new FunctionCallException($"Function requires {Parameters.Count} argument(s); missing \"{missing.Name}\"");
        }

        if (arguments.Count > Parameters.Count && VariadicParameter is null)
        {
            throw new FunctionCallException(Parameters.Count, $"Function takes {Parameters.Count} argument(s) but {arguments.Count} were given");
        }

        var args = ImmutableArray.CreateBuilder<HclValue>(arguments.Count);
        var typePending = false;
        for (var i = 0; i < arguments.Count; i++)
        {
            var parameter = ParameterAt(i)!;
            var value = arguments[i];
            if (value.IsNull && !parameter.AllowNull)
            {
                throw new FunctionCallException(i, "argument must not be null");
            }

            if (value.Type.IsDynamic)
            {
                typePending |= !parameter.AllowDynamicType;
                args.Add(value);
                continue;
            }

            try
            {
                args.Add(HclConversion.Convert(value, parameter.Type));
            }
            catch (HclConversionException e)
            {
                throw new FunctionCallException(i, e.Message);
            }
        }

        var built = args.MoveToImmutable();

        // The return-type rule sees unmarked arguments, as cty's type check does.
        return (built, typePending ? HclType.Dynamic : ConversionFailuresAsCallFailures(() => ReturnType([.. built.Select(a => a.Unmark().Value)])), typePending);
    }

    private HclValue Run(ImmutableArray<HclValue> args, HclType returnType)
    {
        var result = ConversionFailuresAsCallFailures(() => Implementation(args));
        if (returnType.IsDynamic || result.Type.Equals(returnType))
        {
            return result;
        }

        // Implementations may build a value whose type is equivalent but differently spelled (e.g. an empty
        // collection); a true mismatch is a bug in the function, not in the user's configuration.
        return HclConversion.TryConvert(result, returnType, out var converted, out var error)
            ? converted
            : throw new InvalidOperationException($"Function returned {result.Type} where its return type says {returnType}: {error!.Message}");
    }

    /// <summary>
    /// Functions convert values while they work (unifying arguments, then converting each); a value that cannot
    /// convert is the caller's argument at fault, so it surfaces as a call failure (a diagnostic), never as an
    /// exception out of the evaluator. Also used for <see cref="ExpressionImplementation"/> by the evaluator.
    /// </summary>
    internal static T ConversionFailuresAsCallFailures<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (HclConversionException e)
        {
            throw new FunctionCallException(e.Message);
        }
    }
}
