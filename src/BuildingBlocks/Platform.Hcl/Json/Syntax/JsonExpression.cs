using Platform.Hcl.Decoding;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Json.Syntax;

/// <summary>
/// An <see cref="IHclExpression"/> over a JSON value. Objects become HCL objects, arrays tuples, numbers,
/// booleans and null themselves; a string is a native-syntax template in full-expression mode (a non-null
/// evaluation context) and the literal string in literal-only mode (no context), as the JSON spec prescribes.
/// Object property names are templates too in full-expression mode, so keys can be computed.
/// </summary>
public sealed class JsonExpression(JsonSyntaxNode value) : IHclExpression
{
    public JsonSyntaxNode Value { get; } = value;

    public SourceRange Range => Value.Range;

    public (HclValue Value, IReadOnlyList<Diagnostic> Diagnostics) Evaluate(EvalContext? context)
    {
        var diagnostics = new List<Diagnostic>();
        var value = Evaluate(Value, context, diagnostics);
        return (value, diagnostics);
    }

    private static HclValue Evaluate(JsonSyntaxNode node, EvalContext? context, List<Diagnostic> diagnostics)
    {
        switch (node)
        {
            case JsonStringSyntax s:
                return context is null ? HclValue.FromString(s.Value) : JsonTemplate.Evaluate(s, context, diagnostics);
            case JsonNumberSyntax n:
                // The parser only builds number nodes HclNumber can read; a node built by hand is checked anyway.
                return HclNumber.TryParse(n.Text, out var number) ? HclValue.FromNumber(number) : HclValue.DynamicUnknown;
            case JsonBoolSyntax b:
                return HclValue.FromBool(b.Value);
            case JsonNullSyntax:
                return HclValue.DynamicNull;
            case JsonArraySyntax array:
                return HclValue.Tuple(array.Items.Select(i => Evaluate(i, context, diagnostics)).ToList());
            case JsonObjectSyntax obj:
                return EvaluateObject(obj, context, diagnostics);
            default:
                // An invalid node was reported by the parser; unknown lets the rest of the tree still evaluate.
                return HclValue.DynamicUnknown;
        }
    }

    private static HclValue EvaluateObject(JsonObjectSyntax obj, EvalContext? context, List<Diagnostic> diagnostics)
    {
        var attributes = new Dictionary<string, HclValue>(StringComparer.Ordinal);
        var ranges = new Dictionary<string, SourceRange>(StringComparer.Ordinal);
        var allKeysKnown = true;
        foreach (var property in obj.Properties)
        {
            var key = Evaluate(new JsonStringSyntax(property.Name, property.NameRange), context, diagnostics);
            var value = Evaluate(property.Value, context, diagnostics);
            if (!HclConversion.TryConvert(key, HclType.String, out var keyString, out var error))
            {
                diagnostics.Add(Diagnostic.Error("Invalid object key expression", $"Cannot use this expression as an object key: {error!.Message}.", property.NameRange));
                continue;
            }

            if (keyString.IsNull)
            {
                diagnostics.Add(Diagnostic.Error("Invalid object key expression", "Cannot use null value as an object key.", property.NameRange));
                continue;
            }

            if (!keyString.IsKnown)
            {
                // Without every key the object's type is unknown; keep going to report other errors.
                allKeysKnown = false;
                continue;
            }

            var name = keyString.UnmarkDeep().Value.AsString();
            if (ranges.TryGetValue(name, out var previous))
            {
                diagnostics.Add(Diagnostic.Error("Duplicate object attribute", $"An attribute named \"{name}\" was already defined at {previous}.", property.NameRange));
                continue;
            }

            attributes[name] = value;
            ranges[name] = property.NameRange;
        }

        return allKeysKnown ? HclValue.Object(attributes) : HclValue.DynamicUnknown;
    }

    public IReadOnlyList<HclTraversal> Variables()
    {
        var found = new List<HclTraversal>();
        var stack = new Stack<JsonSyntaxNode>();
        stack.Push(Value);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case JsonStringSyntax s:
                    found.AddRange(JsonTemplate.Variables(s));
                    break;
                case JsonArraySyntax array:
                    for (var i = array.Items.Count - 1; i >= 0; i--)
                    {
                        stack.Push(array.Items[i]);
                    }

                    break;
                case JsonObjectSyntax obj:
                    for (var i = obj.Properties.Count - 1; i >= 0; i--)
                    {
                        stack.Push(obj.Properties[i].Value);
                        stack.Push(new JsonStringSyntax(obj.Properties[i].Name, obj.Properties[i].NameRange));
                    }

                    break;
            }
        }

        return found;
    }
}
