using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Evaluation;

// Operators as hclsyntax implements them: each operand is converted to the operator's parameter type
// ("Invalid operand"), then the operation runs like a cty function: unknown operands give an unknown result,
// null operands fail ("Operation failed"), marks go on the result.
internal sealed partial class ExpressionEvaluator
{
    private HclValue Unary(UnaryOpExpression unary, EvalContext? context)
    {
        var type = unary.Operator == UnaryOperator.Not ? HclType.Bool : HclType.Number;
        var operand = Evaluate(unary.Operand, context);
        if (!HclConversion.TryConvert(operand, type, out operand, out var error))
        {
            Diagnostics.Error("Invalid operand", $"Unsuitable value for unary operand: {error!.Message}.", unary.Operand.Range, unary.Range);
            return HclValue.Unknown(type);
        }

        var (value, marks) = operand.UnmarkDeep();
        if (value.IsNull)
        {
            Diagnostics.Error("Operation failed", "Error during operation: argument must not be null.", unary.Range);
            return HclValue.Unknown(type);
        }

        if (!value.IsKnown)
        {
            return HclValue.Unknown(type).WithMarks(marks);
        }

        var result = unary.Operator == UnaryOperator.Not
            ? HclValue.FromBool(!value.AsBool())
            : HclValue.FromNumber(-value.AsNumber());
        return result.WithMarks(marks);
    }

    private HclValue Binary(BinaryOpExpression binary, EvalContext? context)
    {
        var left = Evaluate(binary.Left, context);
        var right = Evaluate(binary.Right, context);
        var (operandType, resultType) = binary.Operator switch
        {
            BinaryOperator.Or or BinaryOperator.And => (HclType.Bool, HclType.Bool),
            BinaryOperator.Equal or BinaryOperator.NotEqual => (HclType.Dynamic, HclType.Bool),
            BinaryOperator.LessThan or BinaryOperator.LessThanOrEqual or BinaryOperator.GreaterThan or BinaryOperator.GreaterThanOrEqual
                => (HclType.Number, HclType.Bool),
            _ => (HclType.Number, HclType.Number),
        };

        var failed = false;
        if (!HclConversion.TryConvert(left, operandType, out left, out var leftError))
        {
            Diagnostics.Error("Invalid operand", $"Unsuitable value for left operand: {leftError!.Message}.", binary.Left.Range, binary.Range);
            failed = true;
        }

        if (!HclConversion.TryConvert(right, operandType, out right, out var rightError))
        {
            Diagnostics.Error("Invalid operand", $"Unsuitable value for right operand: {rightError!.Message}.", binary.Right.Range, binary.Range);
            failed = true;
        }

        if (failed)
        {
            return HclValue.Unknown(resultType);
        }

        var (a, leftMarks) = left.UnmarkDeep();
        var (b, rightMarks) = right.UnmarkDeep();
        var marks = leftMarks.Union(rightMarks);

        if (binary.Operator is BinaryOperator.Equal or BinaryOperator.NotEqual)
        {
            var equal = a.EqualTo(b);
            var result = binary.Operator == BinaryOperator.Equal || !equal.IsKnown ? equal : HclValue.FromBool(!equal.AsBool());
            return result.WithMarks(marks);
        }

        if (a.IsNull || b.IsNull)
        {
            Diagnostics.Error("Operation failed", "Error during operation: argument must not be null.", binary.Range);
            return HclValue.Unknown(resultType);
        }

        if (binary.Operator is BinaryOperator.And or BinaryOperator.Or)
        {
            return Logical(binary.Operator, a, b).WithMarks(marks);
        }

        if (!a.IsKnown || !b.IsKnown)
        {
            return HclValue.Unknown(resultType).WithMarks(marks);
        }

        var x = a.AsNumber();
        var y = b.AsNumber();
        try
        {
            var result = binary.Operator switch
            {
                BinaryOperator.LessThan => HclValue.FromBool(x < y),
                BinaryOperator.LessThanOrEqual => HclValue.FromBool(x <= y),
                BinaryOperator.GreaterThan => HclValue.FromBool(x > y),
                BinaryOperator.GreaterThanOrEqual => HclValue.FromBool(x >= y),
                BinaryOperator.Add => HclValue.FromNumber(x + y),
                BinaryOperator.Subtract => HclValue.FromNumber(x - y),
                BinaryOperator.Multiply => HclValue.FromNumber(x * y),
                BinaryOperator.Divide => HclValue.FromNumber(x / y),
                _ => HclValue.FromNumber(x % y),
            };
            return result.WithMarks(marks);
        }
        catch (ArithmeticException e)
        {
            var reason = binary.Operator == BinaryOperator.Modulo ? "can't use modulo with zero and infinity" : e.Message;
            Diagnostics.Error("Operation failed", $"Error during operation: {reason}.", binary.Range);
            return HclValue.Unknown(resultType);
        }
    }

    // A known false decides && and a known true decides ||, even when the other side is unknown.
    private static HclValue Logical(BinaryOperator op, HclValue a, HclValue b)
    {
        var decisive = op == BinaryOperator.Or;
        if ((a.IsKnown && a.AsBool() == decisive) || (b.IsKnown && b.AsBool() == decisive))
        {
            return HclValue.FromBool(decisive);
        }

        return a.IsKnown && b.IsKnown ? HclValue.FromBool(!decisive) : HclValue.Unknown(HclType.Bool);
    }

    private HclValue Conditional(ConditionalExpression conditional, EvalContext? context)
    {
        var condition = Evaluate(conditional.Condition, context);
        var whenTrue = Evaluate(conditional.TrueResult, context);
        var whenFalse = Evaluate(conditional.FalseResult, context);
        var resultsRange = SourceRange.Between(conditional.TrueResult.Range, conditional.FalseResult.Range);

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
            if (resultType is null)
            {
                Diagnostics.Error(
                    "Inconsistent conditional result types",
                    $"The true and false result expressions must have consistent types. {DescribeMismatch(whenTrue.Type, whenFalse.Type)}.",
                    resultsRange,
                    conditional.Range);
                return HclValue.DynamicUnknown;
            }
        }

        if (condition.IsNull)
        {
            Diagnostics.Error("Null condition", "The condition value is null. Conditions must either be true or false.", conditional.Condition.Range, conditional.Range);
            return HclValue.Unknown(resultType);
        }

        if (!HclConversion.TryConvert(condition, HclType.Bool, out condition, out _))
        {
            Diagnostics.Error("Incorrect condition type", "The condition expression must be of type bool.", conditional.Condition.Range, conditional.Range);
            return HclValue.Unknown(resultType);
        }

        var (test, conditionMarks) = condition.Unmark();
        if (!test.IsKnown)
        {
            return HclValue.Unknown(resultType).WithMarks(conditionMarks);
        }

        var chosen = test.AsBool() ? whenTrue : whenFalse;
        var chosenExpression = test.AsBool() ? conditional.TrueResult : conditional.FalseResult;
        try
        {
            return HclConversion.ConvertToUnified(chosen, resultType).WithMarks(conditionMarks);
        }
        catch (HclConversionException e)
        {
            var which = test.AsBool() ? "true" : "false";
            Diagnostics.Error("Inconsistent conditional result types", $"The {which} result value has the wrong type: {e.Message}.", chosenExpression.Range, conditional.Range);
            return HclValue.Unknown(resultType);
        }
    }

    private static string DescribeMismatch(HclType whenTrue, HclType whenFalse)
    {
        if (whenTrue.Kind == whenFalse.Kind && whenTrue.IsObject)
        {
            var missing = whenTrue.AttributeTypes.Keys.FirstOrDefault(k => !whenFalse.HasAttribute(k));
            if (missing is not null)
            {
                return $"The 'true' value includes object attribute \"{missing}\", which is absent in the 'false' value";
            }

            missing = whenFalse.AttributeTypes.Keys.FirstOrDefault(k => !whenTrue.HasAttribute(k));
            if (missing is not null)
            {
                return $"The 'false' value includes object attribute \"{missing}\", which is absent in the 'true' value";
            }
        }

        return whenTrue.FriendlyName == whenFalse.FriendlyName
            ? $"The 'true' and 'false' values have different {whenTrue.FriendlyName} types"
            : $"The 'true' value is {whenTrue.FriendlyName}, but the 'false' value is {whenFalse.FriendlyName}";
    }
}
