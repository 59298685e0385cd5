using System.Runtime.CompilerServices;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// Links an ordinary <see cref="HclFunction"/> entry (so the name is found, suggested and listed like any other
/// function) to the <see cref="IExpressionFunction"/> that really implements it. A weak table, so the link lives
/// exactly as long as the function object.
/// </summary>
public static class ExpressionFunctions
{
    private static readonly ConditionalWeakTable<HclFunction, IExpressionFunction> Links = new();

    /// <summary>An <see cref="HclFunction"/> whose calls the evaluator hands to <paramref name="implementation"/>.</summary>
    public static HclFunction Create(IExpressionFunction implementation, IReadOnlyList<HclParameter> parameters, HclParameter? variadic, string description)
    {
        var function = new HclFunction
        {
            Parameters = parameters,
            VariadicParameter = variadic,
            Description = description,
            ReturnType = HclFunction.Returns(HclType.Dynamic),

            // Reached only when a caller bypasses the evaluator (HclFunction.Call with values): there are no
            // expressions left to evaluate, so say so instead of guessing.
            Implementation = _ => throw new FunctionCallException("this function can only be called from an HCL expression"),
        };
        Attach(function, implementation);
        return function;
    }

    public static void Attach(HclFunction function, IExpressionFunction implementation) =>
        Links.AddOrUpdate(function, implementation);

    /// <summary>The special form behind <paramref name="function"/>, or null for an ordinary function.</summary>
    public static IExpressionFunction? Find(HclFunction function) =>
        Links.TryGetValue(function, out var implementation) ? implementation : null;
}
