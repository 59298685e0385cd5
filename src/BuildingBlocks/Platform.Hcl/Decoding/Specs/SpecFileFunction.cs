using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;
using Platform.Hcl.Evaluation.Functions;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>
/// Builds the <see cref="HclFunction"/> for a spec file's <c>function "name" { params = [...] variadic_param = x
/// result = expr }</c> block: calling it evaluates <c>result</c> with the parameters bound as variables (the
/// variadic ones as a tuple). Parameters accept any value, including null and unknown, as hcldec's do. The body
/// sees the built-in function library (as hcldec's user functions see cty's stdlib), with file functions confined
/// to the working directory: a spec file is input, not code we trust.
/// </summary>
internal static class SpecFileFunction
{
    private static readonly Lazy<EvalContext> BuiltIns = new(() => HclFunctionLibrary.NewContext(confineFilesToBaseDirectory: true));

    public static HclFunction Create(string name, IReadOnlyList<string> parameters, string? variadicParameter, IHclExpression result)
    {
        HclParameter Parameter(string parameterName) =>
            new(parameterName, HclType.Dynamic) { AllowNull = true, AllowUnknown = true, AllowDynamicType = true, AllowMarked = true };

        return new HclFunction
        {
            Parameters = parameters.Select(Parameter).ToList(),
            VariadicParameter = variadicParameter is null ? null : Parameter(variadicParameter),
            ReturnType = HclFunction.Returns(HclType.Dynamic),
            Description = $"Defined by the spec file's function \"{name}\" block.",
            Implementation = arguments =>
            {
                var context = BuiltIns.Value.NewChild();
                for (var i = 0; i < parameters.Count; i++)
                {
                    context.WithVariable(parameters[i], arguments[i]);
                }

                if (variadicParameter is not null)
                {
                    context.WithVariable(variadicParameter, HclValue.Tuple(arguments.Skip(parameters.Count).ToList()));
                }

                var (value, diagnostics) = result.Evaluate(context);
                if (diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) is { } error)
                {
                    throw new FunctionCallException($"{error.Summary}: {error.Detail}");
                }

                return value;
            },
        };
    }
}
