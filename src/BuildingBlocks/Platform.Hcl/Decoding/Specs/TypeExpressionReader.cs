using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>
/// Reads an hcldec type expression (<c>string</c>, <c>number</c>, <c>bool</c>, <c>any</c>, <c>list(T)</c>,
/// <c>set(T)</c>, <c>map(T)</c>, <c>tuple([T, ...])</c>, <c>object({name = T, ...})</c>) statically, without
/// evaluating it. Used by the spec file reader and the spec-suite's expectation files.
/// </summary>
internal static class TypeExpressionReader
{
    private const int MaxDepth = 100;

    public static (HclType Type, IReadOnlyList<Diagnostic> Diagnostics) Read(Expression expression)
    {
        var diagnostics = new List<Diagnostic>();
        var type = Read(expression, diagnostics, 0);
        return (type, diagnostics);
    }

    private static HclType Read(Expression expression, List<Diagnostic> diagnostics, int depth)
    {
        if (depth > MaxDepth)
        {
            return Invalid(expression, diagnostics, "This type expression is nested too deeply.");
        }

        switch (expression)
        {
            case ParenthesesExpression parens:
                return Read(parens.Inner, diagnostics, depth + 1);
            case ScopeTraversalExpression { Traversal.Count: 1 } keyword:
                switch (keyword.RootName)
                {
                    case "string": return HclType.String;
                    case "number": return HclType.Number;
                    case "bool": return HclType.Bool;
                    case "any": return HclType.Dynamic;
                    case "list" or "set" or "map" or "tuple" or "object":
                        return Invalid(expression, diagnostics, $"The {keyword.RootName} type constructor requires one argument specifying the element type.");
                    default:
                        return Invalid(expression, diagnostics, $"The keyword \"{keyword.RootName}\" is not a valid type specification.");
                }

            case FunctionCallExpression call:
                if (call.Arguments.Count != 1)
                {
                    return Invalid(expression, diagnostics, $"The {call.Name} type constructor requires one argument.");
                }

                var argument = call.Arguments[0];
                switch (call.Name)
                {
                    case "list": return HclType.List(Read(argument, diagnostics, depth + 1));
                    case "set": return HclType.Set(Read(argument, diagnostics, depth + 1));
                    case "map": return HclType.Map(Read(argument, diagnostics, depth + 1));
                    case "tuple" when argument is TupleExpression tuple:
                        return HclType.Tuple(tuple.Items.Select(i => Read(i, diagnostics, depth + 1)).ToList());
                    case "tuple":
                        return Invalid(argument, diagnostics, "The tuple type constructor requires a list of element types, such as tuple([string, number]).");
                    case "object" when argument is ObjectExpression obj:
                        var attributes = new Dictionary<string, HclType>();
                        foreach (var item in obj.Items)
                        {
                            var name = AttributeName(item.Key);
                            if (name is null)
                            {
                                Invalid(item.Key, diagnostics, "Object type attribute names must be identifiers or quoted strings.");
                                continue;
                            }

                            attributes[name] = Read(item.Value, diagnostics, depth + 1);
                        }

                        return HclType.Object(attributes);
                    case "object":
                        return Invalid(argument, diagnostics, "The object type constructor requires an object of attribute types, such as object({name = string}).");
                    default:
                        return Invalid(expression, diagnostics, $"Keyword \"{call.Name}\" is not a valid type constructor.");
                }

            default:
                return Invalid(expression, diagnostics, "A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).");
        }
    }

    // Attribute names are taken as written: a bare identifier (even the keywords true, false and null, which the
    // parser reads as literals) or a quoted string.
    private static string? AttributeName(ObjectKeyExpression key) => key.ForceNonLiteral ? null : key.Wrapped switch
    {
        _ when key.BareName is { } bare => bare,
        BoolLiteralExpression b => b.Value ? "true" : "false",
        NullLiteralExpression => "null",
        TemplateExpression { IsStringLiteral: true } literal => string.Concat(literal.Parts.OfType<TemplateLiteral>().Select(p => p.Value)),
        _ => null,
    };

    private static HclType Invalid(Expression expression, List<Diagnostic> diagnostics, string detail)
    {
        diagnostics.Add(Diagnostic.Error("Invalid type specification", detail, expression.Range));
        return HclType.Dynamic;
    }
}
