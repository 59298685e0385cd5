using Platform.Hcl.Decoding;
using Platform.Hcl.Decoding.Native;
using Platform.Hcl.Evaluation;
using Platform.Hcl.Json.Syntax;
using Platform.Hcl.Parsing;

namespace Platform.Hcl.Tests.Decoding;

public class HclStaticExpressionTests
{
    private static IReadOnlyDictionary<string, HclAttributeItem> Native(string hcl)
    {
        var parsed = HclParser.ParseConfig(hcl, "main.tf");
        Assert.Empty(parsed.Diagnostics);
        return new NativeBody(parsed.Value.Body).JustAttributes().Attributes;
    }

    private static IReadOnlyDictionary<string, HclAttributeItem> Json(string json)
    {
        var parsed = HclJsonParser.Parse(json, "main.tf.json");
        Assert.Empty(parsed.Diagnostics);
        return parsed.Value.Body.JustAttributes().Attributes;
    }

    [Fact]
    public void List_NativeAndJson_GiveTheSameTraversals()
    {
        var native = Native("depends_on = [aws_instance.web, module.db]\n")["depends_on"].Expression;
        var json = Json("""{"depends_on": ["aws_instance.web", "module.db"]}""")["depends_on"].Expression;

        foreach (var expression in new[] { native, json })
        {
            var (items, diagnostics) = HclStaticExpression.List(expression);
            Assert.Empty(diagnostics);
            Assert.Equal(["aws_instance", "module"], items.Select(i => HclStaticExpression.AbsTraversal(i).Traversal!.RootName));
            Assert.Equal(2, HclStaticExpression.AbsTraversal(items[0]).Traversal!.Steps.Count);
        }
    }

    [Fact]
    public void Map_JsonObject_KeysAndValuesInOrder()
    {
        var (pairs, diagnostics) = HclStaticExpression.Map(Json("""{"m": {"b": 1, "a": "x"}}""")["m"].Expression);

        Assert.Empty(diagnostics);
        Assert.Equal(["b", "a"], pairs.Select(p => p.Key.Evaluate(null).Value.AsString()));
    }

    [Fact]
    public void Keyword_BareWordInEitherSyntax_ReturnsTheWord()
    {
        Assert.Equal("string", HclStaticExpression.Keyword(Native("type = string\n")["type"].Expression));
        Assert.Equal("string", HclStaticExpression.Keyword(Json("""{"type": "string"}""")["type"].Expression));
        Assert.Equal("null", HclStaticExpression.Keyword(Native("k = null\n")["k"].Expression));
        Assert.Null(HclStaticExpression.Keyword(Native("type = list(string)\n")["type"].Expression));
    }

    [Fact]
    public void AbsTraversal_Calculation_ReportsStaticReferenceRequired()
    {
        var (traversal, diagnostics) = HclStaticExpression.AbsTraversal(Native("p = a + b\n")["p"].Expression);

        Assert.Null(traversal);
        Assert.Contains("A single static variable reference is required", Assert.Single(diagnostics).Detail);
    }

    [Fact]
    public void AsNativeSyntax_JsonTypeString_ReadsAsTypeConstraint()
    {
        var (syntax, diagnostics) = HclStaticExpression.AsNativeSyntax(Json("""{"type": "map(list(number))"}""")["type"].Expression);

        Assert.Empty(diagnostics);
        var (type, typeDiagnostics) = TypeConstraintReader.Read(syntax!);
        Assert.Empty(typeDiagnostics);
        Assert.Equal(HclType.Map(HclType.List(HclType.Number)), type);
        Assert.Equal(new Platform.Hcl.Diagnostics.SourcePos(1, 11, 10), syntax!.Range.Start);
    }

    [Fact]
    public void List_NotAList_ReportsStaticListRequired()
    {
        var (_, diagnostics) = HclStaticExpression.List(Json("""{"x": "a"}""")["x"].Expression);

        Assert.Equal("A static list expression is required.", Assert.Single(diagnostics).Detail);
    }
}
