using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Evaluation;

// Variables, attribute access and indexing, worded as hcl's GetAttr and Index (hcl/ops.go).
internal sealed partial class ExpressionEvaluator
{
    private HclValue ScopeTraversal(ScopeTraversalExpression traversal, EvalContext? context)
    {
        var root = (TraverseRoot)traversal.Traversal[0];
        // HCL tells "no variables at all here" (a nil variable table) apart from "no such variable".
        if (context is null || !context.HasVariables)
        {
            Diagnostics.Error("Variables not allowed", "Variables may not be used here.", root.Range);
            return HclValue.DynamicUnknown;
        }

        if (!context.TryGetVariable(root.Name, out var value))
        {
            var suggestion = NameSuggestion.Suffix(root.Name, context.VisibleVariableNames());
            Diagnostics.Error("Unknown variable", $"There is no variable named \"{root.Name}\".{suggestion}", root.Range);
            return HclValue.DynamicUnknown;
        }

        return Traverse(value, traversal.Traversal.Skip(1), context);
    }

    private HclValue Traverse(HclValue value, IEnumerable<Traverser> steps, EvalContext? context)
    {
        foreach (var step in steps)
        {
            var errorsBefore = _diagnostics.Count;
            value = step switch
            {
                TraverseAttribute attribute => GetAttribute(value, attribute.Name, attribute.Range),
                TraverseIndex index => IndexValue(value, Evaluate(index.Key, context), index.Range),
                _ => value,
            };

            if (HasErrorsSince(errorsBefore))
            {
                return HclValue.DynamicUnknown;
            }
        }

        return value;
    }

    private HclValue Index(IndexExpression index, EvalContext? context)
    {
        var collection = Evaluate(index.Collection, context);
        var key = Evaluate(index.Key, context);
        return IndexValue(collection, key, index.BracketRange);
    }

    private HclValue GetAttribute(HclValue value, string name, SourceRange range)
    {
        const string unsupported = "Unsupported attribute";
        if (value.IsNull)
        {
            Diagnostics.Error("Attempt to get attribute from null value", "This value is null, so it does not have any attributes.", range);
            return HclValue.DynamicUnknown;
        }

        var type = value.Type;
        switch (type.Kind)
        {
            case HclTypeKind.Object:
                if (!type.HasAttribute(name))
                {
                    Diagnostics.Error(unsupported, $"This object does not have an attribute named \"{name}\".", range);
                    return HclValue.DynamicUnknown;
                }

                return value.GetAttribute(name);
            case HclTypeKind.Map:
                var key = HclValue.FromString(name);
                if (value.IsKnown && !value.HasIndex(key).Unmark().Value.AsBool())
                {
                    Diagnostics.Error("Missing map element", $"This map does not have an element with the key \"{name}\".", range);
                    return HclValue.DynamicUnknown;
                }

                return value.Index(key);
            case HclTypeKind.Dynamic:
                return HclValue.DynamicUnknown.WithMarks(value.Marks);
            case HclTypeKind.List when type.ElementType!.IsObject:
                Diagnostics.Error(unsupported, type.ElementType.HasAttribute(name)
                    ? $"Can't access attributes on a list of objects. Did you mean to access attribute \"{name}\" for a specific element of the list, or across all elements of the list?"
                    : "Can't access attributes on a list of objects. Did you mean to access an attribute for a specific element of the list, or across all elements of the list?", range);
                return HclValue.DynamicUnknown;
            case HclTypeKind.Set when type.ElementType!.IsObject:
                Diagnostics.Error(unsupported, "Can't access attributes on a set of objects. Did you mean to access an attribute across all elements of the set?", range);
                return HclValue.DynamicUnknown;
            case HclTypeKind.String or HclTypeKind.Number or HclTypeKind.Bool:
                Diagnostics.Error(unsupported, $"Can't access attributes on a primitive-typed value ({type.FriendlyName}).", range);
                return HclValue.DynamicUnknown;
            default:
                Diagnostics.Error(unsupported, "This value does not have any attributes.", range);
                return HclValue.DynamicUnknown;
        }
    }

    private HclValue IndexValue(HclValue collection, HclValue key, SourceRange range)
    {
        const string invalid = "Invalid index";
        const string noElement = "The given key does not identify an element in this collection value";
        if (collection.IsNull)
        {
            Diagnostics.Error("Attempt to index null value", "This value is null, so it does not have any indices.", range);
            return HclValue.DynamicUnknown;
        }

        if (key.IsNull)
        {
            Diagnostics.Error(invalid, "Can't use a null value as an indexing key.", range);
            return HclValue.DynamicUnknown;
        }

        var type = collection.Type;
        if (key.Type.IsDynamic || type.IsDynamic)
        {
            return HclValue.DynamicUnknown.WithMarks(collection.Marks);
        }

        switch (type.Kind)
        {
            case HclTypeKind.List or HclTypeKind.Tuple or HclTypeKind.Map:
                var wanted = type.IsMap ? HclType.String : HclType.Number;
                if (!HclConversion.TryConvert(key, wanted, out key, out var error))
                {
                    Diagnostics.Error(invalid, $"{noElement}: {error!.Message}.", range);
                    return HclValue.DynamicUnknown;
                }

                var has = collection.HasIndex(key).Unmark().Value;
                if (!has.IsKnown)
                {
                    return (type.IsTuple ? HclValue.DynamicUnknown : HclValue.Unknown(type.ElementType!)).WithMarks(collection.Marks);
                }

                if (!has.AsBool())
                {
                    Diagnostics.Error(invalid, MissingElementDetail(collection, key, noElement), range);
                    return HclValue.DynamicUnknown;
                }

                return collection.Index(key);
            case HclTypeKind.Object:
                var wasNumber = key.Type.Kind == HclTypeKind.Number;
                if (!HclConversion.TryConvert(key, HclType.String, out key, out var keyError))
                {
                    Diagnostics.Error(invalid, $"{noElement}: {keyError!.Message}.", range);
                    return HclValue.DynamicUnknown;
                }

                if (!key.IsKnown)
                {
                    return HclValue.DynamicUnknown.WithMarks(collection.Marks);
                }

                var name = key.Unmark().Value.AsString();
                if (!type.HasAttribute(name))
                {
                    var hint = wasNumber ? " An object only supports looking up attributes by name, not by numeric index." : "";
                    Diagnostics.Error(invalid, $"{noElement}.{hint}", range);
                    return HclValue.DynamicUnknown;
                }

                return collection.GetAttribute(name);
            case HclTypeKind.Set:
                Diagnostics.Error(invalid, "Elements of a set are identified only by their value and don't have any separate index or key to select with, so it's only possible to perform operations across all elements of the set.", range);
                return HclValue.DynamicUnknown;
            default:
                Diagnostics.Error(invalid, "This value does not have any indices.", range);
                return HclValue.DynamicUnknown;
        }
    }

    private static string MissingElementDetail(HclValue collection, HclValue key, string noElement)
    {
        // The key's value itself is never shown: it may be marked sensitive.
        if (collection.Type.IsMap || !key.IsKnown)
        {
            return $"{noElement}.";
        }

        var number = key.Unmark().Value.AsNumber();
        if (!number.IsInteger)
        {
            return $"{noElement}: indexing a sequence requires a whole number, but the given index has a fractional part.";
        }

        if (number.Sign < 0)
        {
            return $"{noElement}: a negative number is not a valid index for a sequence.";
        }

        // HCL words only the index == length case specially (its check is "index - length <= 0").
        if (collection.IsKnown && !collection.IsMarked)
        {
            var length = collection.Type.IsTuple ? collection.Type.TupleElementTypes.Length : collection.Length;
            if (number.Truncate() == length)
            {
                return length == 0
                    ? $"{noElement}: the collection has no elements."
                    : $"{noElement}: the given index is greater than or equal to the length of the collection.";
            }
        }

        return $"{noElement}.";
    }
}
