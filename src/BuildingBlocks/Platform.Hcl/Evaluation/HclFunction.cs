using System.Collections.Immutable;

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
        var (args, marks, returnType) = Prepare(arguments);
        var result = HasPendingArgument(args, out _) ? HclValue.Unknown(returnType) : Run(args, returnType);
        return result.WithMarks(marks);
    }

    /// <summary>The type <see cref="Call"/> would return for these arguments (which may be unknown).</summary>
    public HclType ReturnTypeFor(IReadOnlyList<HclValue> arguments) => Prepare(arguments).ReturnType;

    private (ImmutableArray<HclValue> Args, ImmutableHashSet<string> Marks, HclType ReturnType) Prepare(IReadOnlyList<HclValue> arguments)
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

        var marks = ImmutableHashSet.Create<string>(StringComparer.Ordinal);
        var args = ImmutableArray.CreateBuilder<HclValue>(arguments.Count);
        var dynamicPending = false;
        for (var i = 0; i < arguments.Count; i++)
        {
            var parameter = ParameterAt(i)!;
            var value = arguments[i];
            if (!parameter.AllowMarked)
            {
                (value, var found) = value.UnmarkDeep();
                marks = marks.Union(found);
            }

            if (value.Type.IsDynamic && !parameter.AllowDynamicType && !value.IsNull)
            {
                dynamicPending = true;
                args.Add(value);
                continue;
            }

            try
            {
                value = HclConversion.Convert(value, parameter.Type);
            }
            catch (HclConversionException e)
            {
                throw new FunctionCallException(i, e.Message);
            }

            if (value.IsNull && !parameter.AllowNull)
            {
                throw new FunctionCallException(i, "argument must not be null");
            }

            args.Add(value);
        }

        var built = args.MoveToImmutable();
        var returnType = dynamicPending ? HclType.Dynamic : ReturnType(built);
        return (built, marks, returnType);
    }

    private bool HasPendingArgument(ImmutableArray<HclValue> args, out int index)
    {
        for (index = 0; index < args.Length; index++)
        {
            var parameter = ParameterAt(index)!;
            if (!parameter.AllowUnknown && !args[index].IsWhollyKnown)
            {
                return true;
            }

            if (args[index].Type.IsDynamic && !args[index].IsNull && !parameter.AllowDynamicType)
            {
                return true;
            }
        }

        return false;
    }

    private HclValue Run(ImmutableArray<HclValue> args, HclType returnType)
    {
        var result = Implementation(args);
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
}
