using System.Runtime.CompilerServices;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Json.Hcl2Json;
using Platform.Hcl.Syntax;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Tests.Hcl2Json;

/// <summary>
/// The renderer over hand-built trees. Every expected string here was checked against @cdktf/hcl2json 0.21.0
/// with the same HCL source (shown in each test), so these tests pin hcl2json's rules independently of our parser.
/// </summary>
public sealed class Hcl2JsonRendererTests
{
    private static string Render(ConfigFile file)
    {
        var diagnostics = new DiagnosticBag();
        var json = Hcl2JsonRenderer.Render(file, diagnostics, indented: false);
        Assert.Empty(diagnostics);
        return Assert.IsType<string>(json);
    }

    private static IReadOnlyList<Diagnostic> RenderErrors(ConfigFile file)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(Hcl2JsonRenderer.Render(file, diagnostics));
        Assert.True(diagnostics.HasErrors);
        return diagnostics;
    }

    [Fact]
    public void Render_BlocksWithLabels_NestsLabelsAndCollectsRepeatsInArrays()
    {
        var s = new TestSyntax("a \"x\" \"y\" { z = 1 }\na \"x\" \"w\" { z = 2 }\na \"q\" { z = 3 }\nd {}\nd {}\n");
        var file = s.File(
            s.Block("a", 0, ["x", "y"], s.Attr("z", s.Num("1"))),
            s.Block("a", 1, ["x", "w"], s.Attr("z", s.Num("2"))),
            s.Block("a", 2, ["q"], s.Attr("z", s.Num("3"))),
            s.Block("d", 0, []),
            s.Block("d", 1, []));

        Assert.Equal("""{"a":{"q":[{"z":3}],"x":{"w":[{"z":2}],"y":[{"z":1}]}},"d":[{},{}]}""", Render(file));
    }

    [Fact]
    public void Render_AttributeNamedLikeBlock_AttributeReplacesBlocks()
    {
        var s = new TestSyntax("a \"x\" {}\na = 1\n");
        var file = s.File(s.Block("a", ["x"]), s.Attr("a", s.Num("1"), nth: 1));

        Assert.Equal("""{"a":1}""", Render(file));
    }

    [Fact]
    public void Render_BlockWithMoreLabelsAfterFewer_ReportsUnconvertibleBlock()
    {
        var s = new TestSyntax("a \"x\" {}\na \"x\" \"y\" {}\n");
        var file = s.File(s.Block("a", 0, ["x"]), s.Block("a", 1, ["x", "y"]));

        var error = Assert.Single(RenderErrors(file));
        Assert.Contains("Unable to convert Block to JSON: a.x.y", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_BlockWithFewerLabelsAfterMore_ReportsBlocksWithAndWithoutLabels()
    {
        var s = new TestSyntax("a \"x\" {}\na {}\n");
        var file = s.File(s.Block("a", 0, ["x"]), s.Block("a", 1, []));

        var error = Assert.Single(RenderErrors(file));
        Assert.Contains("cannot have blocks with and without labels", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithoutDiagnosticBagOnUnconvertibleFile_ThrowsWithTheDiagnostics()
    {
        var s = new TestSyntax("a \"x\" {}\na {}\n");
        var file = s.File(s.Block("a", 0, ["x"]), s.Block("a", 1, []));

        var thrown = Assert.Throws<Hcl2JsonConversionException>(() => Hcl2JsonRenderer.Render(file));
        Assert.Equal("Block cannot be represented in JSON", Assert.Single(thrown.Diagnostics).Summary);
    }

    [Fact]
    public void Render_Literals_FoldedWithNumbersInPlainDecimal()
    {
        // a = 1.50 / b = 1e3 / c = 15e-11 / d = true / e = null
        var s = new TestSyntax("a = 1.50\nb = 1e3\nc = 15e-11\nd = true\ne = null\n");
        var file = s.File(
            s.Attr("a", s.Num("1.50")),
            s.Attr("b", s.Num("1e3")),
            s.Attr("c", s.Num("15e-11")),
            s.Attr("d", s.Bool(true)),
            s.Attr("e", s.Null()));

        Assert.Equal("""{"a":1.5,"b":1000,"c":0.00000000015,"d":true,"e":null}""", Render(file));
    }

    [Fact]
    public void Render_UnaryOnLiteral_Folded()
    {
        // a = -1.50 / b = !true / c = -x
        var s = new TestSyntax("a = -1.50\nb = !true\nc = -x\n");
        var file = s.File(
            s.Attr("a", s.Unary("-1.50", UnaryOperator.Negate, s.Num("1.50"))),
            s.Attr("b", s.Unary("!true", UnaryOperator.Not, s.Bool(true))),
            s.Attr("c", s.Unary("-x", UnaryOperator.Negate, s.Var("x"))));

        Assert.Equal("""{"a":-1.5,"b":false,"c":"${-x}"}""", Render(file));
    }

    [Theory]
    [InlineData("a = -true", UnaryOperator.Negate, "true", "Invalid operand")]
    [InlineData("a = !1", UnaryOperator.Not, "1", "Invalid operand")]
    [InlineData("a = -null", UnaryOperator.Negate, "null", "Operation failed")]
    public void Render_UnaryOnWrongLiteral_ReportsHclEvaluationError(string source, UnaryOperator op, string operand, string summary)
    {
        var s = new TestSyntax(source + "\n");
        Expression literal = operand switch
        {
            "true" => s.Bool(true),
            "null" => s.Null(),
            _ => s.Num(operand),
        };
        var file = s.File(s.Attr("a", s.Unary(source[4..], op, literal)));

        Assert.Equal(summary, Assert.Single(RenderErrors(file)).Summary);
    }

    [Fact]
    public void Render_OtherExpressions_KeptAsSourceSlicedByRange()
    {
        // a = f(x) / b = (var.x) / c = [f(x), var.y]
        var s = new TestSyntax("a = f(x)\nb = (var.x)\nc = [g(y), var.y]\n");
        var file = s.File(
            s.Attr("a", s.Call("f(x)", "f", s.Var("x"))),
            s.Attr("b", s.Parens("(var.x)", s.Var("var.x"))),
            s.Attr("c", s.Tuple("[g(y), var.y]", s.Call("g(y)", "g", s.Var("y")), s.Var("var.y"))));

        Assert.Equal("""{"a":"${f(x)}","b":"${(var.x)}","c":["${g(y)}","${var.y}"]}""", Render(file));
    }

    [Fact]
    public void Render_RangeStoppingBeforeClosingParen_TakesTheParenLikeHcl2Json()
    {
        // A function-call range one byte short: hcl2json's workaround takes the ")" anyway.
        var s = new TestSyntax("a = f(x)\n");
        var shortRange = s.R("f(x");
        var call = new FunctionCallExpression("f", [s.Var("x")], false, s.R("f"), s.R("("), s.R(")"), shortRange);
        var file = s.File(s.Attr("a", call));

        Assert.Equal("""{"a":"${f(x)}"}""", Render(file));
    }

    [Fact]
    public void Render_TemplateWrap_FoldsTheWrappedExpression()
    {
        // a = "${1}" / b = "${[1, 2]}" / c = "${ var.x }"
        var s = new TestSyntax("a = \"${1}\"\nb = \"${[1, 2]}\"\nc = \"${ var.x }\"\n");
        var file = s.File(
            s.Attr("a", s.Wrap("\"${1}\"", s.Num("1"))),
            s.Attr("b", s.Wrap("\"${[1, 2]}\"", s.Tuple("[1, 2]", s.Num("1", 1), s.Num("2")))),
            s.Attr("c", s.Wrap("\"${ var.x }\"", s.Var("var.x"))));

        Assert.Equal("""{"a":1,"b":[1,2],"c":"${var.x}"}""", Render(file));
    }

    [Fact]
    public void Render_TemplateLiteralText_EscapesTemplateSequencesAgain()
    {
        // a = "$${foo} %%{bar} ${baz}" / b = "$${foo}"
        var s = new TestSyntax("a = \"$${foo} %%{bar} ${baz}\"\nb = \"$${foo}\"\n");
        var file = s.File(
            s.Attr("a", s.Template("\"$${foo} %%{bar} ${baz}\"", s.Lit("${foo} %{bar} "), s.Interp(s.Var("baz")))),
            s.Attr("b", s.Template("\"$${foo}\"", s.Lit("${foo}"))));

        Assert.Equal("""{"a":"$${foo} %%{bar} ${baz}","b":"$${foo}"}""", Render(file));
    }

    [Fact]
    public void Render_InterpolatedLiterals_BecomeText()
    {
        // a = "a ${1.50} ${true} ${null} ${"x"} ${-1}"
        var s = new TestSyntax("a = \"a ${1.50} ${true} ${null} ${\"x\"} ${-1}\"\n");
        var file = s.File(s.Attr("a", s.Template(
            "\"a ${1.50} ${true} ${null} ${\"x\"} ${-1}\"",
            s.Lit("a "), s.Interp(s.Num("1.50")), s.Lit(" "), s.Interp(s.Bool(true)), s.Lit(" "), s.Interp(s.Null()),
            s.Lit(" "), s.Interp(s.Template("\"x\"", s.Lit("x"))), s.Lit(" "),
            s.Interp(s.Unary("-1", UnaryOperator.Negate, s.Num("1", 1))))));

        Assert.Equal("""{"a":"a 1.5 true null x ${-1}"}""", Render(file));
    }

    [Fact]
    public void Render_ConditionalInterpolation_WrittenAsIfDirective()
    {
        // a = "x ${a ? b : ""}" / b = "${a ? b : c}"
        var s = new TestSyntax("a = \"x ${c ? b : \"\"}\"\nb = \"${c ? b : d}\"\n");
        var file = s.File(
            s.Attr("a", s.Template("\"x ${c ? b : \"\"}\"", s.Lit("x "),
                s.Interp(s.Cond("c ? b : \"\"", s.Var("c"), s.Var("b"), s.Template("\"\""))))),
            s.Attr("b", s.Wrap("\"${c ? b : d}\"", s.Cond("c ? b : d", s.Var("c", 1), s.Var("b", 2), s.Var("d")))));

        Assert.Equal("""{"a":"x %{if c}${b}%{endif}","b":"${c ? b : d}"}""", Render(file));
    }

    [Fact]
    public void Render_Directives_RebuiltWithConditionAndCollectionSource()
    {
        // a = "%{ if var.x == "a" }yes%{ else }no%{ endif } %{ for k, v in var.m }${k}%{ endfor }"
        const string template = "\"%{ if var.x == \"a\" }yes%{ else }no%{ endif } %{ for k, v in var.m }${k}%{ endfor }\"";
        var s = new TestSyntax("a = " + template + "\n");
        var condition = new BinaryOpExpression(s.Var("var.x"), BinaryOperator.Equal, s.Template("\"a\"", s.Lit("a")), s.R("var.x == \"a\""));
        var ifDirective = new TemplateIfDirective(condition, [s.Lit("yes")], [s.Lit("no")], true, s.R("%{ if"));
        var forDirective = new TemplateForDirective("k", "v", s.Var("var.m"), [s.Interp(s.Var("k"))], s.R("%{ for"));
        var file = s.File(s.Attr("a", s.Template(template, ifDirective, s.Lit(" "), forDirective)));

        Assert.Equal("""{"a":"%{if var.x == \"a\"}yes%{else}no%{endif} %{for k, v in var.m}${k}%{endfor}"}""", Render(file));
    }

    [Fact]
    public void Render_IfDirectiveWithEmptyElse_DropsTheElse()
    {
        // a = "%{ if c }yes%{ else }%{ endif }"
        var s = new TestSyntax("a = \"%{ if c }yes%{ else }%{ endif }\"\n");
        var directive = new TemplateIfDirective(s.Var("c"), [s.Lit("yes")], [], true, s.R("%{ if"));
        var file = s.File(s.Attr("a", s.Template("\"%{ if c }yes%{ else }%{ endif }\"", directive)));

        Assert.Equal("""{"a":"%{if c}yes%{endif}"}""", Render(file));
    }

    [Fact]
    public void Render_ObjectKeys_RenderedByKind()
    {
        // a = { foo = 1, a.b = 2, "bar" = 3, (baz) = 4, 1.50 = 5, c ? d : e = 6, foo = 7 }
        const string obj = "{ foo = 1, a.b = 2, \"bar\" = 3, (baz) = 4, 1.50 = 5, c ? d : e = 6, foo = 7 }";
        var s = new TestSyntax("x = " + obj + "\n");
        var file = s.File(s.Attr("x", s.Object(obj,
            (s.NameKey("foo"), s.Num("1")),
            (s.NameKey("a.b"), s.Num("2")),
            (s.Key(s.Template("\"bar\"", s.Lit("bar"))), s.Num("3")),
            (s.Key(s.Parens("(baz)", s.Var("baz")), forceNonLiteral: true), s.Num("4")),
            (s.Key(s.Num("1.50")), s.Num("5")),
            (s.Key(s.Cond("c ? d : e", s.Var("c"), s.Var("d"), s.Var("e"))), s.Num("6")),
            (s.NameKey("foo", 1), s.Num("7")))));

        Assert.Equal("""{"x":{"${(baz)}":4,"%{if c}${d}%{else}${e}%{endif}":6,"1.5":5,"a.b":2,"bar":3,"foo":7}}""", Render(file));
    }

    [Fact]
    public void Render_Keys_SortedByUtf8BytesLikeGo()
    {
        // U+FF5E sorts before U+1F600 in UTF-8 (EF… < F0…) but after it in UTF-16 (FF5E > D83D).
        var s = new TestSyntax("x = { \"\uFF5E\" = 1, \"\U0001F600\" = 2, \"b\" = 3 }\n");
        var file = s.File(s.Attr("x", s.Object("{",
            (s.Key(s.Template("\"\uFF5E\"", s.Lit("\uFF5E"))), s.Num("1")),
            (s.Key(s.Template("\"\U0001F600\"", s.Lit("\U0001F600"))), s.Num("2")),
            (s.Key(s.Template("\"b\"", s.Lit("b"))), s.Num("3")))));

        var x = Assert.IsType<System.Text.Json.Nodes.JsonObject>(Hcl2JsonRenderer.ToJsonNode(file, new DiagnosticBag())?["x"]);
        Assert.Equal(["b", "\uFF5E", "\U0001F600"], x.Select(p => p.Key));
    }

    [Fact]
    public void Render_Indented_WritesIndentedJson()
    {
        var s = new TestSyntax("a = 1\n");
        var json = Hcl2JsonRenderer.Render(s.File(s.Attr("a", s.Num("1"))));

        Assert.Equal("{\n  \"a\": 1\n}", json?.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Render_NestingAsDeepAsTheParserAllows_Renders()
    {
        // The parser accepts 1000 levels; System.Text.Json's default writer depth is only 64.
        const int depth = 1000;
        var s = new TestSyntax("a = " + new string('[', depth) + new string(']', depth) + "\n");
        Expression value = s.Tuple("[]");
        for (var i = 1; i < depth; i++)
        {
            value = new TupleExpression([value], value.Range, value.Range);
        }

        var json = Hcl2JsonRenderer.Render(s.File(s.Attr("a", value)), indented: false);

        Assert.Equal("{\"a\":" + new string('[', depth) + new string(']', depth) + "}", json);
    }

    private static ConfigFile NestedBlocks(TestSyntax s, int count)
    {
        var block = s.Block("a", ["x"]);
        for (var i = 1; i < count; i++)
        {
            block = s.Block("a", ["x"], block);
        }

        return s.File(block);
    }

    private static (string? Json, DiagnosticBag Diagnostics) RenderOnThread(ConfigFile file, int stackBytes)
    {
        string? json = null;
        var diagnostics = new DiagnosticBag();
        var thread = new Thread(() => json = Hcl2JsonRenderer.Render(file, diagnostics, indented: false), stackBytes);
        thread.Start();
        thread.Join();
        return (json, diagnostics);
    }

    [Fact]
    public void Render_BlocksNestedToJustUnderTheDepthLimit_Renders()
    {
        // Each block with one label adds three levels: 1360 of them come to 4081 of the 4096 allowed.
        var (json, diagnostics) = RenderOnThread(NestedBlocks(new TestSyntax("a {}\n"), 1360), 64 * 1024 * 1024);

        Assert.Empty(diagnostics);
        Assert.StartsWith("{\"a\":{\"x\":[{\"a\":{\"x\":[{", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NestingBeyondTheThreadStack_ReportsInsteadOfOverflowing()
    {
        // How deep a given stack lets the renderer go depends on JIT frame sizes (tier-0 vs optimized code), so
        // rather than guess a stack size, use up the thread's stack first and render from there: the guard
        // must report and unwind, whatever the frame sizes are.
        var file = NestedBlocks(new TestSyntax("a {}\n"), 1360);
        string? json = null;
        var diagnostics = new DiagnosticBag();
        var thread = new Thread(() => RenderWithStackNearlyUsedUp(() => json = Hcl2JsonRenderer.Render(file, diagnostics, indented: false)), 1024 * 1024);
        thread.Start();
        thread.Join();

        Assert.Null(json);
        Assert.Equal("Too deeply nested for JSON", Assert.Single(diagnostics).Summary);
    }

    private static void RenderWithStackNearlyUsedUp(Action render)
    {
        if (RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            Span<byte> frame = stackalloc byte[1024];
            frame[0] = 1;
            RenderWithStackNearlyUsedUp(render);
            GC.KeepAlive(frame[0]);
            return;
        }

        render();
    }

    [Fact]
    public void Render_BlockWithMoreLabelsThanJsonDepthAllows_ReportsInsteadOfOverflowingTheStack()
    {
        var s = new TestSyntax("a {}\n");
        var labels = Enumerable.Range(0, 200_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var file = s.File(s.Block("a", labels));

        Assert.Equal("Too deeply nested for JSON", Assert.Single(RenderErrors(file)).Summary);
    }

    [Fact]
    public void ToJsonNode_EmptyFile_EmptyObject()
    {
        var s = new TestSyntax("");
        var node = Hcl2JsonRenderer.ToJsonNode(s.File(), new DiagnosticBag());

        Assert.NotNull(node);
        Assert.Empty(node);
    }
}
