using System.Collections.Immutable;
using System.Text;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Evaluation;

// Templates: every part converts to a string; any unknown part makes the whole string unknown (diagnostics
// from the other parts are still reported); marks of every part land on the result. %{if} behaves as a
// conditional between two sub-templates, %{for} as a tuple-for whose results are joined.
internal sealed partial class ExpressionEvaluator
{
    private HclValue Template(IReadOnlyList<Expression> parts, SourceRange range, EvalContext? context)
    {
        var builder = new StringBuilder();
        var known = true;
        var marks = ImmutableHashSet.Create<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            var value = Evaluate(part, context);

            // HCL points at the interpolated expression itself, not at its ${ } delimiters.
            var subject = part is TemplateInterpolation interpolation ? interpolation.Expression.Range : part.Range;
            if (value.IsNull)
            {
                Diagnostics.Error(
                    "Invalid template interpolation value",
                    "The expression result is null. Cannot include a null value in a string template.",
                    subject,
                    range);
                continue;
            }

            if (!value.IsKnown)
            {
                known = false;
                marks = marks.Union(value.Marks);
                continue;
            }

            if (!HclConversion.TryConvert(value, HclType.String, out var text, out var error))
            {
                Diagnostics.Error(
                    "Invalid template interpolation value",
                    $"Cannot include the given value in a string template: {error!.Message}.",
                    subject,
                    range);
                continue;
            }

            (text, var partMarks) = text.Unmark();
            marks = marks.Union(partMarks);
            if (!text.IsKnown)
            {
                known = false;
                continue;
            }

            builder.Append(text.AsString());
        }

        var result = known ? HclValue.FromString(builder.ToString()) : HclValue.Unknown(HclType.String);
        return result.WithMarks(marks);
    }

    private HclValue TemplateIf(TemplateIfDirective directive, EvalContext? context)
    {
        var condition = Evaluate(directive.Condition, context);
        if (condition.IsNull)
        {
            Diagnostics.Error("Null condition", "The condition value is null. Conditions must either be true or false.", directive.Condition.Range, directive.Range);
            return HclValue.Unknown(HclType.String);
        }

        if (!HclConversion.TryConvert(condition, HclType.Bool, out condition, out _))
        {
            Diagnostics.Error("Incorrect condition type", "The condition expression must be of type bool.", directive.Condition.Range, directive.Range);
            return HclValue.Unknown(HclType.String);
        }

        var (test, marks) = condition.Unmark();
        if (!test.IsKnown)
        {
            // Both branches are still evaluated for their diagnostics, as HCL does.
            Template(directive.Then, directive.Range, context);
            Template(directive.Else, directive.Range, context);
            return HclValue.Unknown(HclType.String).WithMarks(marks);
        }

        return Template(test.AsBool() ? directive.Then : directive.Else, directive.Range, context).WithMarks(marks);
    }

    private HclValue TemplateFor(TemplateForDirective directive, EvalContext? context)
    {
        var collection = Evaluate(directive.Collection, context);
        if (!CheckIterable(collection, directive.Collection.Range, directive.Range))
        {
            return HclValue.Unknown(HclType.String);
        }

        var (source, marks) = collection.Unmark();
        if (!source.IsKnown)
        {
            return HclValue.Unknown(HclType.String).WithMarks(marks);
        }

        var builder = new StringBuilder();
        var known = true;
        foreach (var (key, value) in source.ElementPairs())
        {
            var scope = (context ?? new EvalContext()).NewChild();
            if (directive.KeyVariable is { } keyName)
            {
                scope.Variables[keyName] = key;
            }

            scope.Variables[directive.ValueVariable] = value;
            var part = Template(directive.Body, directive.Range, scope);
            (part, var partMarks) = part.Unmark();
            marks = marks.Union(partMarks);
            if (!part.IsKnown)
            {
                known = false;
                continue;
            }

            builder.Append(part.AsString());
        }

        return (known ? HclValue.FromString(builder.ToString()) : HclValue.Unknown(HclType.String)).WithMarks(marks);
    }

    /// <summary>Reports why a value cannot be iterated by a <c>for</c>; true when it can (or is unknown).</summary>
    private bool CheckIterable(HclValue collection, SourceRange subject, SourceRange context)
    {
        if (collection.IsNull)
        {
            Diagnostics.Error("Iteration over null value", "A null value cannot be used as the collection in a 'for' expression.", subject, context);
            return false;
        }

        if (collection.Type.IsDynamic || collection.Type.IsCollection || collection.Type.IsStructural)
        {
            return true;
        }

        Diagnostics.Error(
            "Iteration over non-iterable value",
            $"A value of type {collection.Type.FriendlyName} cannot be used as the collection in a 'for' expression.",
            subject,
            context);
        return false;
    }
}
