using Platform.Hcl.Diagnostics;
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
        if (collection.IsNull)
        {
            Diagnostics.Error("Iteration over null value", "A null value cannot be used as the collection in a 'for' expression.", expression.Collection.Range, expression.Range);
            return HclValue.DynamicUnknown;
        }

        if (collection.Type.IsDynamic)
        {
            return HclValue.DynamicUnknown;
        }

        var (source, marks) = collection.Unmark();
        if (!(source.Type.IsCollection || source.Type.IsStructural))
        {
            Diagnostics.Error(
                "Iteration over non-iterable value",
                $"A value of type {source.Type.FriendlyName} cannot be used as the collection in a 'for' expression.",
                expression.Collection.Range,
                expression.Range);
            return HclValue.DynamicUnknown;
        }

        if (!source.IsKnown)
        {
            return HclValue.DynamicUnknown;
        }

        if (expression.Condition is { } condition && !PrecheckCondition(expression, condition, context))
        {
            return HclValue.DynamicUnknown;
        }

        // After the first problem only "unknown" is remembered, so one bad element does not repeat its error.
        var known = true;
        void Problem(string summary, string detail, Expression subject)
        {
            if (known)
            {
                Diagnostics.Error(summary, detail, subject.Range, expression.Range);
            }

            known = false;
        }

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
                    Problem("Invalid 'for' condition", "The value of the 'if' clause must not be null.", conditionExpression);
                    continue;
                }

                if (!HclConversion.TryConvert(include, HclType.Bool, out include, out var error))
                {
                    Problem("Invalid 'for' condition", $"The 'if' clause value is invalid: {error!.Message}.", conditionExpression);
                    continue;
                }

                if (!include.IsKnown)
                {
                    known = false;
                    continue;
                }

                (include, var includeMarks) = include.Unmark();
                marks = marks.Union(includeMarks);
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

            var keyExpression = expression.KeyResult!;
            var keyValue = Evaluate(keyExpression, scope);
            if (keyValue.IsNull)
            {
                Problem("Invalid object key", "Key expression in 'for' expression must not produce a null value.", keyExpression);
                continue;
            }

            if (!keyValue.IsKnown)
            {
                known = false;
                continue;
            }

            if (!HclConversion.TryConvert(keyValue, HclType.String, out keyValue, out var keyError))
            {
                Problem("Invalid object key", $"The key expression produced an invalid result: {keyError!.Message}.", keyExpression);
                continue;
            }

            (keyValue, var keyMarks) = keyValue.Unmark();
            marks = marks.Union(keyMarks);
            var itemValue = Evaluate(expression.ValueResult, scope);
            var name = keyValue.AsString();
            if (expression.Group)
            {
                if (!groups.TryGetValue(name, out var group))
                {
                    groups[name] = group = [];
                }

                group.Add(itemValue);
            }
            else if (!objectItems.TryAdd(name, itemValue))
            {
                Diagnostics.Error(
                    "Duplicate object key",
                    $"Two different items produced the key \"{name}\" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.",
                    keyExpression.Range,
                    expression.Range);
            }
        }

        if (!known)
        {
            return HclValue.DynamicUnknown;
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

    /// <summary>
    /// HCL checks the <c>if</c> clause once with unknown loop variables before iterating, so an obviously
    /// wrong condition is reported once rather than per element.
    /// </summary>
    private bool PrecheckCondition(ForExpression expression, Expression condition, EvalContext? context)
    {
        var scope = (context ?? new EvalContext()).NewChild();
        if (expression.KeyVariable is { } keyName)
        {
            scope.Variables[keyName] = HclValue.DynamicUnknown;
        }

        scope.Variables[expression.ValueVariable] = HclValue.DynamicUnknown;
        var (result, diagnostics) = Capture(condition, scope);
        Diagnostics.AddRange(diagnostics);
        if (result.IsNull)
        {
            Diagnostics.Error("Condition is null", "The value of the 'if' clause must not be null.", condition.Range, expression.Range);
            return false;
        }

        if (!HclConversion.TryConvert(result, HclType.Bool, out _, out var error))
        {
            Diagnostics.Error("Invalid 'for' condition", $"The 'if' clause value is invalid: {error!.Message}.", condition.Range, expression.Range);
            return false;
        }

        return !diagnostics.HasErrors;
    }

    private HclValue Splat(SplatExpression splat, EvalContext? context)
    {
        var (source, sourceDiagnostics) = Capture(splat.Source, context);
        Diagnostics.AddRange(sourceDiagnostics);
        if (sourceDiagnostics.HasErrors)
        {
            return HclValue.DynamicUnknown;
        }

        var autoUpgrade = !(source.Type.IsTuple || source.Type.IsList || source.Type.IsSet);
        if (source.IsNull)
        {
            if (autoUpgrade)
            {
                return HclValue.EmptyTuple;
            }

            Diagnostics.Error(
                "Splat of null value",
                "Splat expressions (with the * symbol) cannot be applied to null sequences.",
                splat.Source.Range,
                SourceRange.Between(splat.Source.Range, splat.MarkerRange));
            return HclValue.DynamicUnknown;
        }

        if (source.Type.IsDynamic)
        {
            return HclValue.DynamicUnknown;
        }

        var upgradedUnknown = false;
        if (autoUpgrade)
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
            var errorsBefore = _diagnostics.Count;
            _splatItems[splat.Item] = element;
            results.Add(Evaluate(splat.Each, context));
            failed |= HasErrorsSince(errorsBefore);
        }

        _splatItems.Remove(splat.Item);
        if (upgradedUnknown)
        {
            return HclValue.DynamicUnknown;
        }

        if (failed)
        {
            return HclValue.Unknown(SplatResultType(splat, items.Type, context));
        }

        if (items.Type.IsTuple)
        {
            return HclValue.Tuple(results).WithMarks(marks);
        }

        if (results.Count == 0)
        {
            var type = SplatResultType(splat, items.Type, context);
            return HclValue.EmptyList(type.ElementType ?? HclType.Dynamic);
        }

        // Elements of one list type give results of one type; should they not unify, a tuple still holds them.
        var elementType = HclConversion.Unify([.. results.Select(r => r.Type)], unsafeAllowed: true);
        if (elementType is null || elementType.IsDynamic && results.Any(r => !r.Type.IsDynamic))
        {
            return HclValue.Tuple(results).WithMarks(marks);
        }

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
