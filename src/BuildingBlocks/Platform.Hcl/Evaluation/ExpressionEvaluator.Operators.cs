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
        var errorsBefore = _diagnostics.Count;
        var operand = Evaluate(unary.Operand, context);
        if (!HclConversion.TryConvert(operand, type, out operand, out var error))
        {
            Diagnostics.Error("Invalid operand", $"Unsuitable value for unary operand: {error!.Message}.", unary.Operand.Range, unary.Range);
        }

        if (HasErrorsSince(errorsBefore))
        {
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
        var (operandType, resultType) = binary.Operator switch
        {
            BinaryOperator.Or or BinaryOperator.And => (HclType.Bool, HclType.Bool),
            BinaryOperator.Equal or BinaryOperator.NotEqual => (HclType.Dynamic, HclType.Bool),
            BinaryOperator.LessThan or BinaryOperator.LessThanOrEqual or BinaryOperator.GreaterThan or BinaryOperator.GreaterThanOrEqual
                => (HclType.Number, HclType.Bool),
            _ => (HclType.Number, HclType.Number),
        };

        var (left, leftDiagnostics) = Capture(binary.Left, context);
        var (right, rightDiagnostics) = Capture(binary.Right, context);
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
            Diagnostics.AddRange(leftDiagnostics);
            Diagnostics.AddRange(rightDiagnostics);
            return HclValue.Unknown(resultType);
        }

        var (a, leftMarks) = left.UnmarkDeep();
        var (b, rightMarks) = right.UnmarkDeep();
        var marks = leftMarks.Union(rightMarks);

        // && and || decide from one side when they can, and then report only that side's diagnostics.
        if (binary.Operator is BinaryOperator.And or BinaryOperator.Or)
        {
            var (forced, kept) = ShortCircuit(binary.Operator, a, b, leftDiagnostics, rightDiagnostics);
            if (forced is not null)
            {
                Diagnostics.AddRange(kept!);
                return forced.WithMarks(marks);
            }
        }

        Diagnostics.AddRange(leftDiagnostics);
        Diagnostics.AddRange(rightDiagnostics);
        if (leftDiagnostics.HasErrors || rightDiagnostics.HasErrors)
        {
            return HclValue.Unknown(resultType).WithMarks(marks);
        }

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

        if (!a.IsKnown || !b.IsKnown)
        {
            return HclValue.Unknown(resultType).WithMarks(marks);
        }

        if (binary.Operator is BinaryOperator.And or BinaryOperator.Or)
        {
            var both = binary.Operator == BinaryOperator.And ? a.AsBool() && b.AsBool() : a.AsBool() || b.AsBool();
            return HclValue.FromBool(both).WithMarks(marks);
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

    /// <summary>
    /// hclsyntax's short-circuit rules: a known false decides <c>&amp;&amp;</c> (a known true decides <c>||</c>)
    /// keeping only that side's diagnostics; otherwise an unknown side makes the result unknown. A null
    /// result means no shortcut applies.
    /// </summary>
    private static (HclValue? Result, DiagnosticBag? Diagnostics) ShortCircuit(
        BinaryOperator op, HclValue left, HclValue right, DiagnosticBag leftDiagnostics, DiagnosticBag rightDiagnostics)
    {
        if (left.IsNull || right.IsNull)
        {
            return (null, null);
        }

        var decisive = op == BinaryOperator.Or;
        var unknown = HclValue.Unknown(HclType.Bool);
        if (!left.IsKnown && !right.IsKnown)
        {
            return leftDiagnostics.HasErrors ? (null, null) : (unknown, leftDiagnostics);
        }

        if (left.IsKnown && left.AsBool() == decisive)
        {
            return (HclValue.FromBool(decisive), leftDiagnostics);
        }

        if (right.IsKnown && right.AsBool() == decisive)
        {
            return (HclValue.FromBool(decisive), rightDiagnostics);
        }

        if (!left.IsKnown)
        {
            return (unknown, leftDiagnostics);
        }

        return !right.IsKnown ? (unknown, rightDiagnostics) : (null, null);
    }
}
