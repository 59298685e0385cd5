using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Evaluation;

// Function calls, worded as hclsyntax's FunctionCallExpr: argument count, expansion of a final `...`
// argument, per-argument conversion, and the function's own failures.
internal sealed partial class ExpressionEvaluator
{
    private HclValue Call(FunctionCallExpression call, EvalContext? context)
    {
        if (context is null || !context.HasFunctions)
        {
            Diagnostics.Error("Function calls not allowed", "Functions may not be called here.", call.Range);
            return HclValue.DynamicUnknown;
        }

        if (!context.TryGetFunction(call.Name, out var function))
        {
            var suggestion = NameSuggestion.Suffix(call.Name, context.VisibleFunctionNames());
            Diagnostics.Error("Call to unknown function", $"There is no function named \"{call.Name}\".{suggestion}", call.NameRange, call.Range);
            return HclValue.DynamicUnknown;
        }

        // try/can and other special forms take their argument expressions unevaluated.
        if (Functions.ExpressionFunctions.Find(function) is { } special)
        {
            var outcome = special.Call(call, context, expression =>
            {
                var inner = new ExpressionEvaluator();
                return new EvaluationResult(inner.Evaluate(expression, context), inner.Diagnostics);
            });
            Diagnostics.AddRange(outcome.Diagnostics);
            return outcome.Value;
        }

        var arguments = new List<HclValue>();
        var argumentExpressions = new List<Expression>();
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            var expression = call.Arguments[i];
            var value = Evaluate(expression, context);
            if (call.ExpandFinal && i == call.Arguments.Count - 1)
            {
                if (value.IsNull)
                {
                    Diagnostics.Error("Invalid expanding argument value", "The expanding argument (indicated by ...) must not be null.", expression.Range, call.Range);
                    return HclValue.DynamicUnknown;
                }

                if (!value.IsKnown || value.Type.IsDynamic)
                {
                    return HclValue.DynamicUnknown.WithMarks(value.Marks);
                }

                if (!(value.Type.IsList || value.Type.IsSet || value.Type.IsTuple))
                {
                    Diagnostics.Error("Invalid expanding argument value", "The expanding argument (indicated by ...) must be of a tuple, list, or set type.", expression.Range, call.Range);
                    return HclValue.DynamicUnknown;
                }

                var (spread, marks) = value.Unmark();
                foreach (var element in spread.Elements)
                {
                    arguments.Add(element.WithMarks(marks));
                    argumentExpressions.Add(expression);
                }

                continue;
            }

            arguments.Add(value);
            argumentExpressions.Add(expression);
        }

        if (arguments.Count < function.Parameters.Count)
        {
            var missing = function.Parameters[arguments.Count];
            Diagnostics.Error(
                "Not enough function arguments",
                $"Function \"{call.Name}\" expects {function.Parameters.Count} argument(s). Missing value for \"{missing.Name}\".",
                call.CloseParenRange,
                call.Range);
            return HclValue.DynamicUnknown;
        }

        if (arguments.Count > function.Parameters.Count && function.VariadicParameter is null)
        {
            Diagnostics.Error(
                "Too many function arguments",
                $"Function \"{call.Name}\" expects only {function.Parameters.Count} argument(s).",
                argumentExpressions[function.Parameters.Count].Range,
                call.Range);
            return HclValue.DynamicUnknown;
        }

        try
        {
            return function.Call(arguments);
        }
        catch (FunctionCallException e) when (e.ArgumentIndex is { } index && index < argumentExpressions.Count)
        {
            var parameter = function.ParameterAt(index)!;
            Diagnostics.Error(
                "Invalid function argument",
                $"Invalid value for \"{parameter.Name}\" parameter: {e.Message}.",
                argumentExpressions[index].Range,
                call.Range);
        }
        catch (FunctionCallException e)
        {
            Diagnostics.Error("Error in function call", $"Call to function \"{call.Name}\" failed: {e.Message}.", call.Range);
        }

        return SafeReturnType(function, arguments) is { } type ? HclValue.Unknown(type) : HclValue.DynamicUnknown;
    }

    private static HclType? SafeReturnType(HclFunction function, IReadOnlyList<HclValue> arguments)
    {
        try
        {
            return function.ReturnTypeFor(arguments);
        }
        catch (FunctionCallException)
        {
            return null;
        }
    }
}
