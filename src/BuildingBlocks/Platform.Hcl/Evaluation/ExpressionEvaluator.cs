using System.Collections.Immutable;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Evaluation;

/// <summary>
/// One evaluation run: walks an expression tree, gathering diagnostics. Splat expressions bind their
/// "current element" placeholder here while their per-element expression is evaluated.
/// </summary>
internal sealed partial class ExpressionEvaluator
{
    private readonly Dictionary<SplatItemExpression, HclValue> _splatItems = new(ReferenceEqualityComparer.Instance);

    private DiagnosticBag _diagnostics = [];

    public DiagnosticBag Diagnostics => _diagnostics;

    public HclValue Evaluate(Expression expression, EvalContext? context) => expression switch
    {
        NumberLiteralExpression number => Number(number),
        BoolLiteralExpression boolean => HclValue.FromBool(boolean.Value),
        NullLiteralExpression => HclValue.DynamicNull,
        TemplateLiteral literal => HclValue.FromString(literal.Value),
        ParenthesesExpression parentheses => Evaluate(parentheses.Inner, context),
        TemplateWrapExpression wrap => Evaluate(wrap.Wrapped, context),
        TemplateInterpolation interpolation => Evaluate(interpolation.Expression, context),
        TemplateExpression template => Template(template.Parts, template.Range, context),
        TemplateIfDirective directive => TemplateIf(directive, context),
        TemplateForDirective directive => TemplateFor(directive, context),
        TupleExpression tuple => HclValue.Tuple(tuple.Items.Select(i => Evaluate(i, context)).ToList()),
        ObjectExpression obj => Object(obj, context),
        ObjectKeyExpression key => ObjectKey(key, context),
        ScopeTraversalExpression traversal => ScopeTraversal(traversal, context),
        RelativeTraversalExpression relative => Traverse(Evaluate(relative.Source, context), relative.Traversal, context),
        IndexExpression index => Index(index, context),
        SplatExpression splat => Splat(splat, context),
        SplatItemExpression item => _splatItems.TryGetValue(item, out var current) ? current : HclValue.DynamicUnknown,
        FunctionCallExpression call => Call(call, context),
        ConditionalExpression conditional => Conditional(conditional, context),
        UnaryOpExpression unary => Unary(unary, context),
        BinaryOpExpression binary => Binary(binary, context),
        ForExpression forExpression => For(forExpression, context),
        _ => Unsupported(expression),
    };

    private HclValue Unsupported(Expression expression)
    {
        Diagnostics.Error("Unsupported expression", $"Expressions of kind {expression.GetType().Name} cannot be evaluated.", expression.Range);
        return HclValue.DynamicUnknown;
    }

    private HclValue Number(NumberLiteralExpression literal)
    {
        if (HclNumber.TryParse(literal.Text, out var number))
        {
            return HclValue.FromNumber(number);
        }

        Diagnostics.Error("Invalid number literal", $"Failed to recognize the value of this number literal: \"{literal.Text}\".", literal.Range);
        return HclValue.Unknown(HclType.Number);
    }

    private HclValue Object(ObjectExpression obj, EvalContext? context)
    {
        var values = new Dictionary<string, HclValue>(StringComparer.Ordinal);
        var marks = ImmutableHashSet.Create<string>(StringComparer.Ordinal);
        var known = true;
        foreach (var item in obj.Items)
        {
            var errorsBefore = _diagnostics.Count;
            var key = Evaluate(item.Key, context);
            var keyFailed = HasErrorsSince(errorsBefore);
            var value = Evaluate(item.Value, context);
            if (keyFailed)
            {
                known = false;
                continue;
            }

            if (key.IsNull)
            {
                Diagnostics.Error("Null value as key", "Can't use a null value as a key.", item.Value.Range);
                known = false;
                continue;
            }

            (key, var keyMarks) = key.Unmark();
            marks = marks.Union(keyMarks);
            if (!HclConversion.TryConvert(key, HclType.String, out key, out var error))
            {
                Diagnostics.Error("Incorrect key type", $"Can't use this value as a key: {error!.Message}.", item.Key.Range);
                known = false;
                continue;
            }

            if (!key.IsKnown)
            {
                known = false;
                continue;
            }

            // A repeated key silently takes the later value, as hclsyntax (and so Terraform) does; only HCL's
            // JSON syntax and `for` expressions without grouping treat duplicates as errors.
            values[key.AsString()] = value;
        }

        return known ? HclValue.Object(values).WithMarks(marks) : HclValue.DynamicUnknown;
    }

    private HclValue ObjectKey(ObjectKeyExpression key, EvalContext? context) =>
        key.BareName is { } name ? HclValue.FromString(name) : Evaluate(key.Wrapped, context);

    /// <summary>Whether an error was reported after the first <paramref name="count"/> diagnostics (checks only the new ones).</summary>
    private bool HasErrorsSince(int count)
    {
        for (var i = count; i < _diagnostics.Count; i++)
        {
            if (_diagnostics[i].Severity == Severity.Error)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Evaluates with the diagnostics held aside, for constructs that report only some of their parts'
    /// diagnostics (a conditional keeps only the chosen branch's, as HCL does).
    /// </summary>
    private (HclValue Value, DiagnosticBag Diagnostics) Capture(Expression expression, EvalContext? context)
    {
        var outer = _diagnostics;
        _diagnostics = [];
        try
        {
            return (Evaluate(expression, context), _diagnostics);
        }
        finally
        {
            _diagnostics = outer;
        }
    }
}
