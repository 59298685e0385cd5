using Platform.Hcl.Decoding.Native;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Json.Syntax;
using Platform.Hcl.Parsing;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Decoding;

/// <summary>
/// Reads an expression's shape without evaluating it, in either syntax (HCL's static analysis): a static list
/// (<c>depends_on = [a.b, c.d]</c>), a static map, a single traversal (<c>provider = aws.west</c>), a bare keyword
/// (<c>type = string</c>). In JSON the string content is read as a native-syntax expression, as the JSON spec says.
/// </summary>
public static class HclStaticExpression
{
    private const string TraversalDetail =
        "A single static variable reference is required: only attribute access and indexing with constant keys. No calculations, function calls, template expressions, etc are allowed here.";

    /// <summary>The elements of a tuple constructor (native) or JSON array, each as an expression.</summary>
    public static (IReadOnlyList<IHclExpression> Items, IReadOnlyList<Diagnostic> Diagnostics) List(IHclExpression expression) => expression switch
    {
        NativeExpression { Syntax: TupleExpression tuple } => (tuple.Items.Select(i => (IHclExpression)new NativeExpression(i)).ToList(), []),
        JsonExpression { Value: JsonArraySyntax array } => (array.Items.Select(i => (IHclExpression)new JsonExpression(i)).ToList(), []),
        _ => ([], [Diagnostic.Error("Invalid expression", "A static list expression is required.", expression.Range)]),
    };

    /// <summary>The key/value pairs of an object constructor (native) or JSON object, in source order.</summary>
    public static (IReadOnlyList<KeyValuePair<IHclExpression, IHclExpression>> Pairs, IReadOnlyList<Diagnostic> Diagnostics) Map(IHclExpression expression) => expression switch
    {
        NativeExpression { Syntax: ObjectExpression obj } =>
            (obj.Items.Select(i => KeyValuePair.Create<IHclExpression, IHclExpression>(new NativeExpression(i.Key), new NativeExpression(i.Value))).ToList(), []),
        JsonExpression { Value: JsonObjectSyntax obj } =>
            (obj.Properties.Select(p => KeyValuePair.Create<IHclExpression, IHclExpression>(
                new JsonExpression(new JsonStringSyntax(p.Name, p.NameRange)), new JsonExpression(p.Value))).ToList(), []),
        _ => ([], [Diagnostic.Error("Invalid expression", "A static map expression is required.", expression.Range)]),
    };

    /// <summary>The expression as one absolute traversal such as <c>aws_instance.web[0]</c>.</summary>
    public static (HclTraversal? Traversal, IReadOnlyList<Diagnostic> Diagnostics) AbsTraversal(IHclExpression expression)
    {
        var (syntax, diagnostics) = AsNativeSyntax(expression);
        if (syntax is null)
        {
            return (null, diagnostics);
        }

        return Unwrap(syntax) switch
        {
            ScopeTraversalExpression traversal => (new HclTraversal(traversal.Traversal), []),
            BoolLiteralExpression b => (Keyword(b.Value ? "true" : "false", b.Range), []),
            NullLiteralExpression n => (Keyword("null", n.Range), []),
            _ => (null, [Diagnostic.Error("Invalid expression", TraversalDetail, expression.Range)]),
        };
    }

    /// <summary>The expression as a single bare word (<c>string</c>, <c>create_before_destroy</c>), or null.</summary>
    public static string? Keyword(IHclExpression expression)
    {
        var (traversal, _) = AbsTraversal(expression);
        return traversal is { Steps.Count: 1 } ? traversal.RootName : null;
    }

    /// <summary>
    /// The native-syntax tree for an expression: itself for native expressions; for a JSON string, its content
    /// parsed as a native expression (positions inside the string), so static readers such as
    /// <c>TypeConstraintReader</c> work on both syntaxes.
    /// </summary>
    public static (Expression? Syntax, IReadOnlyList<Diagnostic> Diagnostics) AsNativeSyntax(IHclExpression expression)
    {
        switch (expression)
        {
            case NativeExpression native:
                return (native.Syntax, []);
            case JsonExpression { Value: JsonStringSyntax s }:
                var start = s.Range.Start;
                var parsed = HclParser.ParseExpression(s.Value, s.Range.Filename, new SourcePos(start.Line, start.Column + 1, start.Byte + 1));
                return parsed.HasErrors ? (null, parsed.Diagnostics) : (parsed.Value, parsed.Diagnostics);
            default:
                return (null, [Diagnostic.Error("Invalid expression", "A string containing an expression is required here.", expression.Range)]);
        }
    }

    private static Expression Unwrap(Expression expression) => expression switch
    {
        ObjectKeyExpression { ForceNonLiteral: false } key => Unwrap(key.Wrapped),
        ParenthesesExpression parens => Unwrap(parens.Inner),
        _ => expression,
    };

    private static HclTraversal Keyword(string name, SourceRange range) => new([new TraverseRoot(name, range)]);
}
