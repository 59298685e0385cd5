using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Evaluation;

// cond ? a : b as hclsyntax evaluates it: both results are evaluated and their types unified first (a
// literal null takes the other side's type); only the chosen branch's diagnostics are reported; an unknown
// condition gives an unknown of the unified type carrying every operand's marks.
internal sealed partial class ExpressionEvaluator
{
    private HclValue Conditional(ConditionalExpression conditional, EvalContext? context)
    {
        var (whenTrue, trueDiagnostics) = Capture(conditional.TrueResult, context);
        var (whenFalse, falseDiagnostics) = Capture(conditional.FalseResult, context);

        HclType? resultType;
        if (whenTrue.Equals(HclValue.DynamicNull))
        {
            resultType = whenFalse.Type;
        }
        else if (whenFalse.Equals(HclValue.DynamicNull))
        {
            resultType = whenTrue.Type;
        }
        else if (whenTrue.Type.IsDynamic || whenFalse.Type.IsDynamic)
        {
            resultType = HclType.Dynamic;
        }
        else
        {
            resultType = HclConversion.Unify([whenTrue.Type, whenFalse.Type], unsafeAllowed: true);
        }

        if (resultType is null)
        {
            Diagnostics.Error(
                "Inconsistent conditional result types",
                $"The true and false result expressions must have consistent types. {DescribeMismatch(whenTrue.Type, whenFalse.Type)}.",
                SourceRange.Between(conditional.TrueResult.Range, conditional.FalseResult.Range),
                conditional.Range);
            return HclValue.DynamicUnknown;
        }

        var condition = Evaluate(conditional.Condition, context);
        if (condition.IsNull)
        {
            Diagnostics.Error("Null condition", "The condition value is null. Conditions must either be true or false.", conditional.Condition.Range, conditional.Range);
            return HclValue.Unknown(resultType);
        }

        if (!condition.IsKnown)
        {
            var marks = condition.Marks.Union(whenTrue.Marks).Union(whenFalse.Marks);
            return HclValue.Unknown(resultType).WithMarks(marks);
        }

        if (!HclConversion.TryConvert(condition, HclType.Bool, out condition, out _))
        {
            Diagnostics.Error("Incorrect condition type", "The condition expression must be of type bool.", conditional.Condition.Range, conditional.Range);
            return HclValue.Unknown(resultType);
        }

        // As in HCL, the condition's own marks are not carried to the chosen result.
        var choice = condition.UnmarkDeep().Value.AsBool();
        var (chosen, chosenDiagnostics, chosenExpression) = choice
            ? (whenTrue, trueDiagnostics, conditional.TrueResult)
            : (whenFalse, falseDiagnostics, conditional.FalseResult);
        Diagnostics.AddRange(chosenDiagnostics);
        try
        {
            return HclConversion.ConvertToUnified(chosen, resultType);
        }
        catch (HclConversionException e)
        {
            Diagnostics.Error(
                "Inconsistent conditional result types",
                $"The {(choice ? "true" : "false")} result value has the wrong type: {e.Message}.",
                chosenExpression.Range,
                conditional.Range);
            return HclValue.Unknown(resultType);
        }
    }

    private static string DescribeMismatch(HclType whenTrue, HclType whenFalse)
    {
        switch (whenTrue.Kind, whenFalse.Kind)
        {
            case (HclTypeKind.Object, HclTypeKind.Object):
                foreach (var (name, trueAttribute) in whenTrue.AttributeTypes)
                {
                    if (!whenFalse.AttributeTypes.TryGetValue(name, out var falseAttribute))
                    {
                        return $"The 'true' value includes object attribute \"{name}\", which is absent in the 'false' value";
                    }

                    if (!trueAttribute.Equals(falseAttribute))
                    {
                        return $"Type mismatch for object attribute \"{name}\": {DescribeMismatch(trueAttribute, falseAttribute)}";
                    }
                }

                foreach (var name in whenFalse.AttributeTypes.Keys)
                {
                    if (!whenTrue.HasAttribute(name))
                    {
                        return $"The 'false' value includes object attribute \"{name}\", which is absent in the 'true' value";
                    }
                }

                break;
            case (HclTypeKind.Tuple, HclTypeKind.Tuple):
                var trueElements = whenTrue.TupleElementTypes;
                var falseElements = whenFalse.TupleElementTypes;
                if (trueElements.Length != falseElements.Length)
                {
                    return $"The 'true' tuple has length {trueElements.Length}, but the 'false' tuple has length {falseElements.Length}";
                }

                for (var i = 0; i < trueElements.Length; i++)
                {
                    if (!trueElements[i].Equals(falseElements[i]))
                    {
                        return $"Type mismatch for tuple element {i}: {DescribeMismatch(trueElements[i], falseElements[i])}";
                    }
                }

                break;
            case var (t, f) when t == f && whenTrue.IsCollection:
                var trueElement = whenTrue.ElementType!;
                var falseElement = whenFalse.ElementType!;
                if ((trueElement.IsObject && falseElement.IsObject) || (trueElement.IsTuple && falseElement.IsTuple))
                {
                    var noun = whenTrue.Kind.ToString().ToLowerInvariant();
                    return $"Mismatched {noun} element types: {DescribeMismatch(trueElement, falseElement)}";
                }

                break;
        }

        return whenTrue.FriendlyName == whenFalse.FriendlyName
            ? "At least one deeply-nested attribute or element is not compatible across both the 'true' and the 'false' value"
            : $"The 'true' value is {whenTrue.FriendlyName}, but the 'false' value is {whenFalse.FriendlyName}";
    }
}
