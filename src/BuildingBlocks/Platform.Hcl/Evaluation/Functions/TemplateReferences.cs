using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// The variables an expression reads from its context (hclsyntax's <c>Variables()</c>): root traversals, minus the
/// names that <c>for</c> expressions and <c>%{for}</c> directives bind inside their own bodies. <c>templatefile</c>
/// uses it to name a missing var before evaluating anything.
/// </summary>
internal static class TemplateReferences
{
    public static IReadOnlyList<ScopeTraversalExpression> Of(Expression expression)
    {
        var found = new List<ScopeTraversalExpression>();
        Walk(expression, new HashSet<string>(StringComparer.Ordinal), found);
        return found;
    }

    private static void Walk(Expression? expression, HashSet<string> bound, List<ScopeTraversalExpression> found)
    {
        switch (expression)
        {
            case null:
                return;
            case ScopeTraversalExpression traversal:
                if (!bound.Contains(traversal.RootName))
                {
                    found.Add(traversal);
                }

                WalkTraversers(traversal.Traversal, bound, found);
                return;
            case ForExpression loop:
                Walk(loop.Collection, bound, found);
                var inner = Bind(bound, loop.KeyVariable, loop.ValueVariable);
                Walk(loop.KeyResult, inner, found);
                Walk(loop.ValueResult, inner, found);
                Walk(loop.Condition, inner, found);
                return;
            case TemplateForDirective directive:
                Walk(directive.Collection, bound, found);
                var body = Bind(bound, directive.KeyVariable, directive.ValueVariable);
                WalkAll(directive.Body, body, found);
                return;
            case TemplateIfDirective directive:
                Walk(directive.Condition, bound, found);
                WalkAll(directive.Then, bound, found);
                WalkAll(directive.Else, bound, found);
                return;
            case TemplateExpression template:
                WalkAll(template.Parts, bound, found);
                return;
            case TemplateInterpolation interpolation:
                Walk(interpolation.Expression, bound, found);
                return;
            case TemplateWrapExpression wrap:
                Walk(wrap.Wrapped, bound, found);
                return;
            case ParenthesesExpression parentheses:
                Walk(parentheses.Inner, bound, found);
                return;
            case TupleExpression tuple:
                WalkAll(tuple.Items, bound, found);
                return;
            case ObjectExpression obj:
                foreach (var item in obj.Items)
                {
                    Walk(item.Key, bound, found);
                    Walk(item.Value, bound, found);
                }

                return;
            case ObjectKeyExpression key:
                if (key.BareName is null)
                {
                    Walk(key.Wrapped, bound, found);
                }

                return;
            case RelativeTraversalExpression relative:
                Walk(relative.Source, bound, found);
                WalkTraversers(relative.Traversal, bound, found);
                return;
            case IndexExpression index:
                Walk(index.Collection, bound, found);
                Walk(index.Key, bound, found);
                return;
            case SplatExpression splat:
                Walk(splat.Source, bound, found);
                Walk(splat.Each, bound, found);
                return;
            case FunctionCallExpression call:
                WalkAll(call.Arguments, bound, found);
                return;
            case ConditionalExpression conditional:
                Walk(conditional.Condition, bound, found);
                Walk(conditional.TrueResult, bound, found);
                Walk(conditional.FalseResult, bound, found);
                return;
            case UnaryOpExpression unary:
                Walk(unary.Operand, bound, found);
                return;
            case BinaryOpExpression binary:
                Walk(binary.Left, bound, found);
                Walk(binary.Right, bound, found);
                return;
        }
    }

    private static void WalkAll(IEnumerable<Expression> expressions, HashSet<string> bound, List<ScopeTraversalExpression> found)
    {
        foreach (var expression in expressions)
        {
            Walk(expression, bound, found);
        }
    }

    private static void WalkTraversers(IEnumerable<Traverser> traversers, HashSet<string> bound, List<ScopeTraversalExpression> found)
    {
        foreach (var traverser in traversers)
        {
            if (traverser is TraverseIndex index)
            {
                Walk(index.Key, bound, found);
            }
        }
    }

    private static HashSet<string> Bind(HashSet<string> bound, string? key, string value)
    {
        var inner = new HashSet<string>(bound, StringComparer.Ordinal) { value };
        if (key is not null)
        {
            inner.Add(key);
        }

        return inner;
    }
}
