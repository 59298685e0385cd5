using System.Text;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax;
using Platform.Hcl.Syntax.Expressions;
using HclAttribute = Platform.Hcl.Syntax.Attribute;

namespace Platform.Hcl.Tests.Hcl2Json;

/// <summary>
/// Builds syntax trees by hand over a source text, each node's range found by searching the text for the
/// snippet it stands for, so renderer tests need no parser and still slice real source.
/// </summary>
internal sealed class TestSyntax(string text)
{
    private const string FileName = "test.hcl";

    public SourceFile Source { get; } = new(FileName, text);

    /// <summary>The range of the <paramref name="nth"/> (0-based) occurrence of <paramref name="snippet"/>.</summary>
    public SourceRange R(string snippet, int nth = 0)
    {
        var index = -1;
        for (var i = 0; i <= nth; i++)
        {
            index = text.IndexOf(snippet, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"\"{snippet}\" occurs fewer than {nth + 1} times in the test source");
            }
        }

        return new SourceRange(FileName, PosAt(index), PosAt(index + snippet.Length));
    }

    private SourcePos PosAt(int charIndex)
    {
        var before = text[..charIndex];
        var line = before.Count(c => c == '\n') + 1;
        var lineStart = before.LastIndexOf('\n') + 1;
        return new SourcePos(line, charIndex - lineStart + 1, Encoding.UTF8.GetByteCount(before));
    }

    public ConfigFile File(params BodyItem[] items) => new(Body(items), Source);

    public Body Body(params BodyItem[] items) =>
        new(items, R(text.Length == 0 ? "" : text[..1]), R(""));

    public HclAttribute Attr(string name, Expression value, int nth = 0)
    {
        var nameRange = R(name, nth);
        return new HclAttribute(name, value, SourceRange.Between(nameRange, value.Range), nameRange, nameRange);
    }

    public Block Block(string type, string[] labels, params BodyItem[] items) => Block(type, 0, labels, items);

    public Block Block(string type, int nth, string[] labels, params BodyItem[] items)
    {
        var typeRange = R(type, nth);
        var labelNodes = labels.Select(l => new BlockLabel(l, true, typeRange)).ToList();
        return new Block(type, labelNodes, Body(items), typeRange, typeRange, typeRange, typeRange);
    }

    public NumberLiteralExpression Num(string literal, int nth = 0) => new(literal, R(literal, nth));

    public BoolLiteralExpression Bool(bool value, int nth = 0) => new(value, R(value ? "true" : "false", nth));

    public NullLiteralExpression Null(int nth = 0) => new(R("null", nth));

    /// <summary>A variable reference <c>a.b.c</c> spanning the snippet.</summary>
    public ScopeTraversalExpression Var(string dotted, int nth = 0)
    {
        var range = R(dotted, nth);
        var names = dotted.Split('.');
        List<Traverser> steps = [new TraverseRoot(names[0], range), .. names.Skip(1).Select(n => new TraverseAttribute(n, range))];
        return new ScopeTraversalExpression(steps, range);
    }

    public FunctionCallExpression Call(string snippet, string name, params Expression[] args)
    {
        var range = R(snippet);
        return new FunctionCallExpression(name, args, false, range, range, range, range);
    }

    public TemplateExpression Template(string snippet, params Expression[] parts) => new(parts, false, R(snippet));

    public TemplateLiteral Lit(string value) => new(value, R(""));

    public TemplateInterpolation Interp(Expression inner) => new(inner, inner.Range);

    public TemplateWrapExpression Wrap(string snippet, Expression inner) => new(inner, R(snippet));

    public TupleExpression Tuple(string snippet, params Expression[] items) => new(items, R(snippet), R(snippet));

    public ObjectExpression Object(string snippet, params (ObjectKeyExpression Key, Expression Value)[] items) =>
        new([.. items.Select(i => new ObjectItem(i.Key, i.Value))], R(snippet), R(snippet));

    public ObjectKeyExpression Key(Expression wrapped, bool forceNonLiteral = false) => new(wrapped, forceNonLiteral, wrapped.Range);

    public ObjectKeyExpression NameKey(string name, int nth = 0) => Key(Var(name, nth));

    public UnaryOpExpression Unary(string snippet, UnaryOperator op, Expression operand) => new(op, operand, R(snippet));

    public ConditionalExpression Cond(string snippet, Expression condition, Expression whenTrue, Expression whenFalse) =>
        new(condition, whenTrue, whenFalse, R(snippet));

    public ParenthesesExpression Parens(string snippet, Expression inner) => new(inner, R(snippet));
}
