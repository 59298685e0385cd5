using System.Globalization;
using System.Text.Json.Nodes;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Json.Hcl2Json;

/// <summary>
/// Renders an attribute's expression as a JSON value. Only what needs no evaluation context is folded:
/// number, bool and null literals (negated or inverted when written with <c>-</c> / <c>!</c>), string templates,
/// tuples and objects. Everything else stays HCL source, <c>"${…}"</c>.
/// </summary>
internal sealed class ExpressionConverter(SourceFile source, StackGuard stack, DiagnosticBag diagnostics)
{
    private readonly SourceSlicer _slicer = new(source);
    private readonly TemplateTextConverter _text = new(new SourceSlicer(source), stack);

    public JsonNode? ToValue(Expression expression) => !stack.HasRoom(expression.Range) ? null : expression switch
    {
        NumberLiteralExpression number => NumberLiteralText.TryFormat(number.Text, negate: false, out var text)
            ? Number(text)
            : JsonValue.Create(_slicer.Wrap(number.Range)),
        BoolLiteralExpression boolean => JsonValue.Create(boolean.Value),
        NullLiteralExpression => null,
        UnaryOpExpression unary => Unary(unary),
        TemplateExpression template => JsonValue.Create(_text.ToText(template.Parts)),
        // "${x}" alone means x itself, so it folds exactly as x would: "${1}" is the number 1.
        TemplateWrapExpression wrap => ToValue(wrap.Wrapped),
        TupleExpression tuple => new JsonArray([.. tuple.Items.Select(ToValue)]),
        ObjectExpression obj => Object(obj),
        _ => JsonValue.Create(_slicer.Wrap(expression.Range)),
    };

    private JsonObject Object(ObjectExpression obj)
    {
        var result = new JsonObject();
        foreach (var item in obj.Items)
        {
            // A repeated key keeps the last value, as a Go map assignment does.
            result[Key(item.Key)] = ToValue(item.Value);
        }

        return result;
    }

    /// <summary>
    /// A bare traversal key (<c>foo</c>, even <c>foo.bar</c>) is its source text; any other key is rendered as
    /// template text: <c>"k"</c> → k, <c>1.50</c> → 1.5, <c>(k)</c> → ${(k)}, <c>a ? b : c</c> → %{if a}….
    /// </summary>
    private string Key(ObjectKeyExpression key) => key.Wrapped is ScopeTraversalExpression traversal
        ? _slicer.Slice(traversal.Range)
        : _text.ToText(key.Wrapped);

    /// <summary>
    /// <c>-</c>/<c>!</c> directly on a literal is folded (hcl evaluates it with no context); on anything else the
    /// whole expression stays source. Folding can fail (<c>-true</c>, <c>!1</c>, <c>-null</c>): hcl2json then
    /// rejects the file with hcl's evaluation error, which we reproduce.
    /// </summary>
    private JsonNode? Unary(UnaryOpExpression unary)
    {
        switch (unary.Operator, unary.Operand)
        {
            case (UnaryOperator.Negate, NumberLiteralExpression number):
                return NumberLiteralText.TryFormat(number.Text, negate: true, out var text)
                    ? Number(text)
                    : JsonValue.Create(_slicer.Wrap(unary.Range));
            case (UnaryOperator.Not, BoolLiteralExpression boolean):
                return JsonValue.Create(!boolean.Value);
            case (_, NullLiteralExpression):
                diagnostics.Error(
                    "Operation failed",
                    "Error during operation: argument must not be null.",
                    unary.Range);
                return null;
            case (UnaryOperator.Negate, BoolLiteralExpression):
                diagnostics.Error("Invalid operand", "Unsuitable value for unary operand: number required.", unary.Operand.Range, unary.Range);
                return null;
            case (UnaryOperator.Not, NumberLiteralExpression):
                diagnostics.Error("Invalid operand", "Unsuitable value for unary operand: bool required.", unary.Operand.Range, unary.Range);
                return null;
            default:
                return JsonValue.Create(_slicer.Wrap(unary.Range));
        }
    }

    /// <summary>A JSON number kept exact (hcl numbers are arbitrary precision; a double is not).</summary>
    private static JsonNode Number(string plainDecimal) =>
        long.TryParse(plainDecimal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) && plainDecimal != "-0"
            ? JsonValue.Create(integer)
            : JsonNode.Parse(plainDecimal)!; // kept as its text: fractions and integers beyond 64 bits
}
