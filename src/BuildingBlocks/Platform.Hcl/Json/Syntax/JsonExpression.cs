using Platform.Hcl.Decoding;
using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Json.Syntax;

/// <summary>
/// An <see cref="IHclExpression"/> over a JSON value. Objects become HCL objects, arrays tuples, numbers,
/// booleans and null themselves; a string is a native-syntax template in full-expression mode (a non-null
/// evaluation context) and the literal string in literal-only mode (no context), as the JSON spec prescribes.
/// </summary>
public sealed class JsonExpression(JsonSyntaxNode value) : IHclExpression
{
    public JsonSyntaxNode Value { get; } = value;

    public SourceRange Range => Value.Range;

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
