namespace Platform.Hcl.Syntax.Expressions;

/// <summary>
/// The variables an expression reads from its context (hclsyntax's <c>Variables()</c>), in source order: root
/// traversals, minus the names a <c>for</c> expression or <c>%{for}</c> directive binds inside its own body.
/// Decoding reports them before evaluating; <c>templatefile</c> names a missing var with them. Iterative
/// (explicit stack) so a deeply nested tree cannot overflow the call stack.
/// </summary>
internal static class ExpressionVariables
{
    public static IReadOnlyList<ScopeTraversalExpression> Collect(Expression root)
    {
        var found = new List<ScopeTraversalExpression>();
        var stack = new Stack<(Expression Node, IReadOnlySet<string> Locals)>();
        stack.Push((root, new HashSet<string>()));
        while (stack.Count > 0)
        {
            var (node, locals) = stack.Pop();
            var children = new List<Expression>();
            switch (node)
            {
                case ScopeTraversalExpression traversal:
                    if (!locals.Contains(traversal.RootName))
                    {
                        found.Add(traversal);
                    }

                    // Keys of literal index steps hold no references.
                    break;
                case ForExpression forExpr:
                    children.Add(forExpr.Collection);
                    var inner = WithLocals(locals, forExpr.KeyVariable, forExpr.ValueVariable);
                    PushAll(stack, Present(forExpr.KeyResult, forExpr.ValueResult, forExpr.Condition), inner);
                    break;
                case TemplateForDirective forDirective:
                    children.Add(forDirective.Collection);
                    PushAll(stack, forDirective.Body, WithLocals(locals, forDirective.KeyVariable, forDirective.ValueVariable));
                    break;
                case BinaryOpExpression binary:
                    children.Add(binary.Left);
                    children.Add(binary.Right);
                    break;
                case UnaryOpExpression unary:
                    children.Add(unary.Operand);
                    break;
                case ConditionalExpression conditional:
                    children.AddRange([conditional.Condition, conditional.TrueResult, conditional.FalseResult]);
                    break;
                case FunctionCallExpression call:
                    children.AddRange(call.Arguments);
                    break;
                case IndexExpression index:
                    children.Add(index.Collection);
                    children.Add(index.Key);
                    break;
                case ObjectExpression obj:
                    foreach (var item in obj.Items)
                    {
                        children.Add(item.Key);
                        children.Add(item.Value);
                    }

                    break;
                case ObjectKeyExpression key:
                    // A bare-name key is a literal string, not a reference to a variable of that name.
                    if (key.BareName is null)
                    {
                        children.Add(key.Wrapped);
                    }

                    break;
                case ParenthesesExpression parens:
                    children.Add(parens.Inner);
                    break;
                case RelativeTraversalExpression relative:
                    children.Add(relative.Source);
                    break;
                case SplatExpression splat:
                    children.Add(splat.Source);
                    children.Add(splat.Each);
                    break;
                case TemplateExpression template:
                    children.AddRange(template.Parts);
                    break;
                case TemplateInterpolation interpolation:
                    children.Add(interpolation.Expression);
                    break;
                case TemplateIfDirective ifDirective:
                    children.Add(ifDirective.Condition);
                    children.AddRange(ifDirective.Then);
                    children.AddRange(ifDirective.Else);
                    break;
                case TemplateWrapExpression wrap:
                    children.Add(wrap.Wrapped);
                    break;
                case TupleExpression tuple:
                    children.AddRange(tuple.Items);
                    break;
            }

            PushAll(stack, children, locals);
        }

        found.Sort((a, b) => a.Range.Start.Byte.CompareTo(b.Range.Start.Byte));
        return found;
    }

    private static IEnumerable<Expression> Present(params Expression?[] expressions) => expressions.OfType<Expression>();

    private static void PushAll(Stack<(Expression, IReadOnlySet<string>)> stack, IEnumerable<Expression> children, IReadOnlySet<string> locals)
    {
        foreach (var child in children.Reverse())
        {
            stack.Push((child, locals));
        }
    }

    private static HashSet<string> WithLocals(IReadOnlySet<string> outer, string? key, string value)
    {
        var locals = new HashSet<string>(outer) { value };
        if (key is not null)
        {
            locals.Add(key);
        }

        return locals;
    }
}
