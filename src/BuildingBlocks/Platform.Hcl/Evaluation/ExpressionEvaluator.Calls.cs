using Platform.Hcl.Diagnostics;
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
            var suggestion = NameSuggestion.Suffix(call.Name, context.VisibleFunctionNames().Order(StringComparer.Ordinal));
            Diagnostics.Error("Call to unknown function", $"There is no function named \"{call.Name}\".{suggestion}", call.NameRange, call.Range);
            return HclValue.DynamicUnknown;
        }

        if (function.ExpressionImplementation is { } lazy)
        {
            return CallWithExpressions(call, function, lazy, context);
        }

        var errorsBefore = _diagnostics.Count;
        var arguments = new List<HclValue>();
        var argumentExpressions = new List<Expression>();
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            var expression = call.Arguments[i];
            if (call.ExpandFinal && i == call.Arguments.Count - 1)
            {
                if (!Expand(call, expression, context, arguments, argumentExpressions))
                {
                    return HclValue.DynamicUnknown;
                }

                continue;
            }

            // Arguments are evaluated after the count check in HCL; the count needs the expansion first.
            arguments.Add(HclValue.DynamicUnknown);
            argumentExpressions.Add(expression);
        }

        if (arguments.Count < function.Parameters.Count)
        {
            var missing = function.Parameters[arguments.Count];
            var qualifier = function.VariadicParameter is null ? "" : " at least";
            Diagnostics.Error(
                "Not enough function arguments",
                $"Function \"{call.Name}\" expects{qualifier} {function.Parameters.Count} argument(s). Missing value for \"{missing.Name}\".",
                call.CloseParenRange,
                call.Range);
            return HclValue.DynamicUnknown;
        }

        if (arguments.Count > function.Parameters.Count && function.VariadicParameter is null)
        {
            Diagnostics.Error(
                "Too many function arguments",
                $"Function \"{call.Name}\" expects only {function.Parameters.Count} argument(s).",
                StartRange(argumentExpressions[function.Parameters.Count]),
                call.Range);
            return HclValue.DynamicUnknown;
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            var expression = argumentExpressions[i];
            var value = call.ExpandFinal && i >= call.Arguments.Count - 1 ? arguments[i] : Evaluate(expression, context);
            var parameter = function.ParameterAt(i)!;
            if (!HclConversion.TryConvert(value, parameter.Type, out value, out var error))
            {
                Diagnostics.Error(
                    "Invalid function argument",
                    $"Invalid value for \"{parameter.Name}\" parameter: {error!.Message}.",
                    StartRange(expression),
                    call.Range);
            }

            arguments[i] = value;
        }

        if (HasErrorsSince(errorsBefore))
        {
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
                StartRange(argumentExpressions[index]),
                call.Range);
        }
        catch (FunctionCallException e)
        {
            Diagnostics.Error("Error in function call", $"Call to function \"{call.Name}\" failed: {e.Message}.", StartRange(call), call.Range);
        }

        return HclValue.DynamicUnknown;
    }

    /// <summary>A function that evaluates its own arguments (try, can): it gets thunks, not values.</summary>
    private HclValue CallWithExpressions(
        FunctionCallExpression call, HclFunction function, Func<IReadOnlyList<Func<EvaluationResult>>, HclValue> lazy, EvalContext? context)
    {
        if (call.ExpandFinal)
        {
            Diagnostics.Error("Invalid expanding argument value", $"Function \"{call.Name}\" does not accept an expanding argument (indicated by ...).", call.Range);
            return HclValue.DynamicUnknown;
        }

        var count = call.Arguments.Count;
        if (count < function.Parameters.Count || (count > function.Parameters.Count && function.VariadicParameter is null))
        {
            var detail = count < function.Parameters.Count
                ? $"Function \"{call.Name}\" expects{(function.VariadicParameter is null ? "" : " at least")} {function.Parameters.Count} argument(s). Missing value for \"{function.Parameters[count].Name}\"."
                : $"Function \"{call.Name}\" expects only {function.Parameters.Count} argument(s).";
            Diagnostics.Error(count < function.Parameters.Count ? "Not enough function arguments" : "Too many function arguments", detail, call.Range);
            return HclValue.DynamicUnknown;
        }

        // Thunks run on this evaluator so a splat's current element stays visible inside them.
        var thunks = call.Arguments
            .Select(expression => (Func<EvaluationResult>)(() =>
            {
                var (value, diagnostics) = Capture(expression, context);
                return new EvaluationResult(value, diagnostics);
            }))
            .ToList();
        try
        {
            return HclFunction.ConversionFailuresAsCallFailures(() => lazy(thunks));
        }
        catch (FunctionCallException e) when (e.ArgumentIndex is { } index && index < call.Arguments.Count)
        {
            var parameter = function.ParameterAt(index)!;
            Diagnostics.Error("Invalid function argument", $"Invalid value for \"{parameter.Name}\" parameter: {e.Message}.", StartRange(call.Arguments[index]), call.Range);
        }
        catch (FunctionCallException e)
        {
            Diagnostics.Error("Error in function call", $"Call to function \"{call.Name}\" failed: {e.Message}.", StartRange(call), call.Range);
        }

        return HclValue.DynamicUnknown;
    }

    /// <summary>Spreads a final <c>...</c> argument into <paramref name="arguments"/>; false when the call cannot proceed.</summary>
    private bool Expand(FunctionCallExpression call, Expression expression, EvalContext? context, List<HclValue> arguments, List<Expression> expressions)
    {
        var (value, diagnostics) = Capture(expression, context);
        Diagnostics.AddRange(diagnostics);
        if (diagnostics.HasErrors)
        {
            return false;
        }

        var iterable = value.Type.IsList || value.Type.IsSet || value.Type.IsTuple;
        if (value.IsNull && (iterable || value.Type.IsDynamic))
        {
            Diagnostics.Error("Invalid expanding argument value", "The expanding argument (indicated by ...) must not be null.", expression.Range, call.Range);
            return false;
        }

        if (value.Type.IsDynamic || (iterable && !value.IsKnown))
        {
            return false;
        }

        if (!iterable)
        {
            Diagnostics.Error("Invalid expanding argument value", "The expanding argument (indicated by ...) must be of a tuple, list, or set type.", expression.Range, call.Range);
            return false;
        }

        // The collection's own marks move onto each element, so they still reach the result.
        var (spread, marks) = value.Unmark();
        foreach (var element in spread.Elements)
        {
            arguments.Add(element.WithMarks(marks));
            expressions.Add(expression);
        }

        return true;
    }

    /// <summary>Where HCL points for an expression's start: a call's name and "(", a constructor's opening bracket.</summary>
    private static SourceRange StartRange(Expression expression) => expression switch
    {
        FunctionCallExpression call => SourceRange.Between(call.NameRange, call.OpenParenRange),
        TupleExpression tuple => tuple.OpenRange,
        ObjectExpression obj => obj.OpenRange,
        ForExpression forExpression => forExpression.OpenRange,
        SplatExpression splat => splat.MarkerRange,
        ConditionalExpression conditional => StartRange(conditional.Condition),
        BinaryOpExpression binary => StartRange(binary.Left),
        _ => expression.Range,
    };
}
