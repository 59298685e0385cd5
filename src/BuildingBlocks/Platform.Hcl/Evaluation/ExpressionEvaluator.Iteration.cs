using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Evaluation;

// for expressions and splats. Iteration order is cty's: lists and tuples by index, maps and objects by key,
// sets in set order. An unknown collection gives an unknown result (of unknown type: the shape of a tuple
// or object built from it cannot be known either).
internal sealed partial class ExpressionEvaluator
{
    private HclValue For(ForExpression expression, EvalContext? context)
    {
        var collection = Evaluate(expression.Collection, context);
        if (!CheckIterable(collection, expression.Collection.Range, expression.Range))
        {
            return HclValue.DynamicUnknown;
        }

        var (source, marks) = collection.Unmark();
        if (!source.IsKnown)
        {
            return HclValue.DynamicUnknown.WithMarks(marks);
        }

        var known = true;
        var items = new List<HclValue>();
        var groups = new Dictionary<string, List<HclValue>>(StringComparer.Ordinal);
        var objectItems = new Dictionary<string, HclValue>(StringComparer.Ordinal);
        foreach (var (key, value) in source.ElementPairs())
        {
            var scope = (context ?? new EvalContext()).NewChild();
            if (expression.KeyVariable is { } keyName)
            {
                scope.Variables[keyName] = key;
            }

            scope.Variables[expression.ValueVariable] = value;

            if (expression.Condition is { } conditionExpression)
            {
                var include = Evaluate(conditionExpression, scope);
                if (include.IsNull)
                {
                    Diagnostics.Error("Condition is null", "The value of the 'if' clause must not be null.", conditionExpression.Range, expression.Range);
                    return HclValue.DynamicUnknown;
                }

                if (!HclConversion.TryConvert(include, HclType.Bool, out include, out var error))
                {
                    Diagnostics.Error("Invalid 'for' condition", $"The 'if' clause value is invalid: {error!.Message}.", conditionExpression.Range, expression.Range);
                    return HclValue.DynamicUnknown;
                }

                (include, var includeMarks) = include.Unmark();
                marks = marks.Union(includeMarks);
                if (!include.IsKnown)
                {
                    known = false;
                    continue;
                }

                if (!include.AsBool())
                {
                    continue;
                }
            }

            if (!expression.IsObject)
            {
                items.Add(Evaluate(expression.ValueResult, scope));
                continue;
            }

            var keyValue = Evaluate(expression.KeyResult!, scope);
            var itemValue = Evaluate(expression.ValueResult, scope);
            if (keyValue.IsNull)
            {
                Diagnostics.Error("Invalid object key", "Key expression in 'for' expression must not produce a null value.", expression.KeyResult!.Range, expression.Range);
                known = false;
                continue;
            }

            if (!HclConversion.TryConvert(keyValue, HclType.String, out keyValue, out var keyError))
            {
                Diagnostics.Error("Invalid object key", $"The key expression produced an invalid result: {keyError!.Message}.", expression.KeyResult!.Range, expression.Range);
                known = false;
                continue;
            }

            (keyValue, var keyMarks) = keyValue.Unmark();
            marks = marks.Union(keyMarks);
            if (!keyValue.IsKnown)
            {
                known = false;
                continue;
            }

            var name = keyValue.AsString();
            if (expression.Group)
            {
                if (!groups.TryGetValue(name, out var group))
                {
                    groups[name] = group = [];
                }

                group.Add(itemValue);
            }
            else if (objectItems.ContainsKey(name))
            {
                Diagnostics.Error(
                    "Duplicate object key",
                    $"Two different items produced the key \"{name}\" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.",
                    expression.KeyResult!.Range,
                    expression.Range);
                known = false;
            }
            else
            {
                objectItems[name] = itemValue;
            }
        }

        if (!known)
        {
            return HclValue.DynamicUnknown.WithMarks(marks);
        }

        if (!expression.IsObject)
        {
            return HclValue.Tuple(items).WithMarks(marks);
        }

        var result = expression.Group
            ? HclValue.Object(groups.Select(g => KeyValuePair.Create(g.Key, HclValue.Tuple(g.Value))))
            : HclValue.Object(objectItems);
        return result.WithMarks(marks);
    }

    private HclValue Splat(SplatExpression splat, EvalContext? context)
    {
        var source = Evaluate(splat.Source, context);
        if (source.IsNull)
        {
            return HclValue.EmptyTuple;
        }

        if (source.Type.IsDynamic)
        {
            return HclValue.DynamicUnknown.WithMarks(source.Marks);
        }

        var upgradedUnknown = false;
        if (!(source.Type.IsTuple || source.Type.IsList || source.Type.IsSet))
        {
            // An unknown single value may turn out null (zero elements) or not (one): the length is unknown.
            upgradedUnknown = !source.IsKnown;
            source = HclValue.Tuple(source);
        }

        if (!source.IsKnown)
        {
            return HclValue.Unknown(SplatResultType(splat, source.Type, context)).WithMarks(source.Marks);
        }

        var (items, marks) = source.Unmark();
        var results = new List<HclValue>();
        var failed = false;
        foreach (var element in items.Elements)
        {
            var errorsBefore = ErrorCount;
            _splatItems[splat.Item] = element;
            results.Add(Evaluate(splat.Each, context));
            failed |= ErrorCount > errorsBefore;
        }

        _splatItems.Remove(splat.Item);
        if (upgradedUnknown)
        {
            return HclValue.DynamicUnknown;
        }

        if (failed)
        {
            return HclValue.DynamicUnknown;
        }

        if (items.Type.IsTuple)
        {
            return HclValue.Tuple(results).WithMarks(marks);
        }

        if (results.Count == 0)
        {
            var type = SplatResultType(splat, items.Type, context);
            return HclValue.EmptyList(type.ElementType ?? HclType.Dynamic).WithMarks(marks);
        }

        var elementType = HclConversion.Unify([.. results.Select(r => r.Type)], unsafeAllowed: true) ?? HclType.Dynamic;
        return HclValue.List(elementType, results.Select(r => HclConversion.ConvertToUnified(r, elementType))).WithMarks(marks);
    }

    /// <summary>The type a splat would have, found by evaluating its per-element expression on unknowns.</summary>
    private HclType SplatResultType(SplatExpression splat, HclType sourceType, EvalContext? context)
    {
        var probe = new ExpressionEvaluator();
        HclType Each(HclType elementType)
        {
            probe._splatItems[splat.Item] = HclValue.Unknown(elementType);
            return probe.Evaluate(splat.Each, context).Type;
        }

        return sourceType.Kind switch
        {
            HclTypeKind.List or HclTypeKind.Set => HclType.List(Each(sourceType.ElementType!)),
            HclTypeKind.Tuple => HclType.Tuple(sourceType.TupleElementTypes.Select(Each).ToList()),
            _ => HclType.Dynamic,
        };
    }
}
