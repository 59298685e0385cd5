using System.Collections.Immutable;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Evaluation;

/// <summary>
/// Reads a type constraint written as an expression, as Terraform variables and hcldec <c>type</c> specs do:
/// <c>string</c>, <c>number</c>, <c>bool</c>, <c>any</c>, <c>list(T)</c>, <c>set(T)</c>, <c>map(T)</c>,
/// <c>tuple([T, ...])</c>, <c>object({name = T, ...})</c>, and inside objects <c>optional(T[, default])</c>.
/// The expression is read as syntax, never evaluated (except default values, which may not use variables).
/// </summary>
public static class TypeConstraintReader
{
    private const string InvalidType = "Invalid type specification";

    /// <summary>The type, or <see cref="HclType.Dynamic"/> with error diagnostics when the expression is not a type.</summary>
    public static (HclType Type, IReadOnlyList<Diagnostic> Diagnostics) Read(Expression expression)
    {
        var (type, _, diagnostics) = ReadWithDefaults(expression);
        return (type, diagnostics);
    }

    /// <summary>Like <see cref="Read"/>, also returning the <c>optional(T, default)</c> defaults (null when there are none).</summary>
    public static (HclType Type, HclTypeDefaults? Defaults, IReadOnlyList<Diagnostic> Diagnostics) ReadWithDefaults(Expression expression)
    {
        var diagnostics = new DiagnosticBag();
        var (type, defaults) = ReadType(expression, diagnostics);
        return (type, defaults, diagnostics);
    }

    private static (HclType Type, HclTypeDefaults? Defaults) ReadType(Expression expression, DiagnosticBag diagnostics)
    {
        switch (Unwrap(expression))
        {
            case ScopeTraversalExpression { Traversal.Count: 1 } keyword:
                return (Keyword(keyword.RootName, keyword.Range, diagnostics), null);
            case BoolLiteralExpression boolean:
                // HCL reads the keywords true/false/null back as names here, so they get the keyword message.
                return (Keyword(boolean.Value ? "true" : "false", boolean.Range, diagnostics), null);
            case NullLiteralExpression literal:
                return (Keyword("null", literal.Range, diagnostics), null);
            case FunctionCallExpression call:
                return Constructor(call, diagnostics);
            case ScopeTraversalExpression other:
                return Fail(diagnostics, other.Range,
                    "A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).");
            default:
                return Fail(diagnostics, expression.Range,
                    "A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).");
        }
    }

    private static HclType Keyword(string name, SourceRange range, DiagnosticBag diagnostics)
    {
        switch (name)
        {
            case "string": return HclType.String;
            case "number": return HclType.Number;
            case "bool": return HclType.Bool;
            case "any": return HclType.Dynamic;
            case "list" or "set" or "map":
                diagnostics.Error(InvalidType, $"The {name} type constructor requires one argument specifying the element type.", range);
                return HclType.Dynamic;
            case "tuple":
                diagnostics.Error(InvalidType, "The tuple type constructor requires one argument specifying the element types as a list.", range);
                return HclType.Dynamic;
            case "object":
                diagnostics.Error(InvalidType, "The object type constructor requires one argument specifying the attribute types and values as a map.", range);
                return HclType.Dynamic;
            default:
                diagnostics.Error(InvalidType, $"The keyword \"{name}\" is not a valid type specification.", range);
                return HclType.Dynamic;
        }
    }

    private static (HclType Type, HclTypeDefaults? Defaults) Constructor(FunctionCallExpression call, DiagnosticBag diagnostics)
    {
        var argumentsRange = SourceRange.Between(call.OpenParenRange, call.CloseParenRange);
        switch (call.Name)
        {
            case "string" or "number" or "bool":
                return Fail(diagnostics, argumentsRange, $"Primitive type keyword \"{call.Name}\" does not expect arguments.");
            case "any":
                return Fail(diagnostics, argumentsRange, $"Type constraint keyword \"{call.Name}\" does not expect arguments.");
            case "list" or "set" or "map" or "object" or "tuple" when call.Arguments.Count != 1:
                // Too many arguments: point at the extra ones; too few: at the parentheses.
                var subject = call.Arguments.Count > 1
                    ? SourceRange.Between(call.Arguments[1].Range, call.Arguments[^1].Range)
                    : argumentsRange;
                var detail = call.Name switch
                {
                    "object" => "The object type constructor requires one argument specifying the attribute types and values as a map.",
                    "tuple" => "The tuple type constructor requires one argument specifying the element types as a list.",
                    _ => $"The {call.Name} type constructor requires one argument specifying the element type.",
                };
                diagnostics.Error(InvalidType, detail, subject, argumentsRange);
                return (HclType.Dynamic, null);
            case "list" or "set" or "map":
                var (element, elementDefaults) = ReadType(call.Arguments[0], diagnostics);
                var type = call.Name switch
                {
                    "list" => HclType.List(element),
                    "set" => HclType.Set(element),
                    _ => HclType.Map(element),
                };
                return (type, elementDefaults is null ? null : Defaults(type, [], [KeyValuePair.Create("", elementDefaults)]));
            case "tuple":
                if (Unwrap(call.Arguments[0]) is not TupleExpression tuple)
                {
                    diagnostics.Error(InvalidType, "Tuple type constructor requires a list of element types.", call.Arguments[0].Range, call.Range);
                    return (HclType.Dynamic, null);
                }

                var elements = new List<HclType>();
                var children = new List<KeyValuePair<string, HclTypeDefaults>>();
                foreach (var item in tuple.Items)
                {
                    var (itemType, itemDefaults) = ReadType(item, diagnostics);
                    if (itemDefaults is not null)
                    {
                        children.Add(KeyValuePair.Create(elements.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), itemDefaults));
                    }

                    elements.Add(itemType);
                }

                var tupleType = HclType.Tuple(elements);
                return (tupleType, children.Count == 0 ? null : Defaults(tupleType, [], children));
            case "object":
                if (Unwrap(call.Arguments[0]) is not ObjectExpression obj)
                {
                    diagnostics.Error(
                        InvalidType,
                        "Object type constructor requires a map whose keys are attribute names and whose values are the corresponding attribute types.",
                        call.Arguments[0].Range,
                        call.Range);
                    return (HclType.Dynamic, null);
                }

                return ObjectType(obj, call.Range, diagnostics);
            case "optional":
                return Fail(diagnostics, call.NameRange, "Keyword \"optional\" is valid only as a modifier for object type attributes.");
            default:
                return Fail(diagnostics, call.Range, $"Keyword \"{call.Name}\" is not a valid type constructor.");
        }
    }

    private static (HclType Type, HclTypeDefaults? Defaults) ObjectType(ObjectExpression obj, SourceRange context, DiagnosticBag diagnostics)
    {
        var attributes = new Dictionary<string, HclType>(StringComparer.Ordinal);
        var optional = new List<string>();
        var defaultValues = new List<KeyValuePair<string, HclValue>>();
        var children = new List<KeyValuePair<string, HclTypeDefaults>>();
        foreach (var item in obj.Items)
        {
            // Only bare names: Terraform rejects quoted or computed attribute names here.
            var name = item.Key.BareName;
            if (name is null)
            {
                diagnostics.Error(InvalidType, "Object constructor map keys must be attribute names.", item.Key.Range, context);
                continue;
            }

            var valueExpression = Unwrap(item.Value);
            HclType attributeType;
            HclTypeDefaults? attributeDefaults;
            if (valueExpression is FunctionCallExpression { Name: "optional" } modifier)
            {
                var modifierArguments = SourceRange.Between(modifier.OpenParenRange, modifier.CloseParenRange);
                if (modifier.Arguments.Count == 0)
                {
                    diagnostics.Error(InvalidType, "Optional attribute modifier requires the attribute type as its argument.", modifierArguments, modifier.Range);
                    continue;
                }

                (attributeType, attributeDefaults) = ReadType(modifier.Arguments[0], diagnostics);
                switch (modifier.Arguments.Count)
                {
                    case 1:
                        optional.Add(name);
                        break;
                    case 2:
                        // As Terraform: a default that fails to evaluate leaves the attribute required.
                        var (defaultValue, defaultDiagnostics) = HclEvaluator.Evaluate(modifier.Arguments[1]);
                        diagnostics.AddRange(defaultDiagnostics);
                        if (defaultDiagnostics.Any(d => d.Severity == Severity.Error))
                        {
                            break;
                        }

                        optional.Add(name);
                        if (HclConversion.TryConvert(defaultValue, attributeType, out var converted, out var error))
                        {
                            defaultValues.Add(KeyValuePair.Create(name, converted));
                        }
                        else
                        {
                            diagnostics.Error(
                                "Invalid default value for optional attribute",
                                $"This default value is not compatible with the attribute's type constraint: {error!.Message}.",
                                modifier.Arguments[1].Range);
                        }

                        break;
                    default:
                        diagnostics.Error(
                            InvalidType,
                            "Optional attribute modifier expects at most two arguments: the attribute type, and a default value.",
                            modifierArguments,
                            modifier.Range);
                        break;
                }
            }
            else
            {
                (attributeType, attributeDefaults) = ReadType(item.Value, diagnostics);
            }

            if (attributeDefaults is not null)
            {
                children.Add(KeyValuePair.Create(name, attributeDefaults));
            }

            attributes[name] = attributeType;
        }

        var type = optional.Count == 0 ? HclType.Object(attributes) : HclType.ObjectWithOptionalAttributes(attributes, optional);
        var defaults = defaultValues.Count == 0 && children.Count == 0 ? null : Defaults(type, defaultValues, children);
        return (type, defaults);
    }

    private static Expression Unwrap(Expression expression) => expression is ParenthesesExpression p ? Unwrap(p.Inner) : expression;

    private static HclTypeDefaults Defaults(
        HclType type, IEnumerable<KeyValuePair<string, HclValue>> values, IEnumerable<KeyValuePair<string, HclTypeDefaults>> children) =>
        new(type, values.ToImmutableSortedDictionary(StringComparer.Ordinal), children.ToImmutableSortedDictionary(StringComparer.Ordinal));

    private static (HclType Type, HclTypeDefaults? Defaults) Fail(DiagnosticBag diagnostics, SourceRange range, string detail)
    {
        diagnostics.Error(InvalidType, detail, range);
        return (HclType.Dynamic, null);
    }
}
