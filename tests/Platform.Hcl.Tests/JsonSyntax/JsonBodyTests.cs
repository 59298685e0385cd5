using Platform.Hcl.Decoding;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Json.Syntax;

namespace Platform.Hcl.Tests.JsonSyntax;

public class JsonBodyTests
{
    private static IHclBody Body(string json)
    {
        var (file, diagnostics) = HclJsonParser.Parse(json, "main.tf.json");
        Assert.Empty(diagnostics);
        return file.Body;
    }

    private static BodySchema Schema(string[] attributes, params BlockHeaderSchema[] blocks) =>
        new(attributes.Select(a => new AttributeSchema(a)).ToList(), blocks);

    [Fact]
    public void Content_AttributesAndUnlabelledBlock_SplitsBySchema()
    {
        var body = Body("""{"name": "web", "// ": "x", "//": "a comment", "network": {"mode": "host"}}""");

        var (content, diagnostics) = body.Content(Schema(["name", "// "], new BlockHeaderSchema("network")));

        Assert.Empty(diagnostics);
        Assert.Equal(["name", "// "], content.Attributes.Keys);
        var block = Assert.Single(content.Blocks);
        Assert.Equal("network", block.Type);
        Assert.Empty(block.Labels);
        var (inner, innerDiagnostics) = block.Body.JustAttributes();
        Assert.Empty(innerDiagnostics);
        Assert.Equal(["mode"], inner.Keys);
    }

    [Fact]
    public void Content_TwoLabelLevelsWithArrays_ProducesBlocksInOrder()
    {
        var body = Body("""
            {"resource": {
              "aws_instance": {"web": {"ami": "a"}, "db": [{"ami": "b"}, {"ami": "c"}]},
              "null_resource": [{"x": {}}]
            }}
            """);

        var (content, diagnostics) = body.Content(Schema([], new BlockHeaderSchema("resource", ["type", "name"])));

        Assert.Empty(diagnostics);
        Assert.Equal(
            ["aws_instance/web", "aws_instance/db", "aws_instance/db", "null_resource/x"],
            content.Blocks.Select(b => string.Join("/", b.Labels)));
        Assert.Equal(2, content.Blocks[0].LabelRanges.Count);
        Assert.Equal(2, content.Blocks[0].LabelRanges[1].Start.Line);
    }

    [Fact]
    public void Content_RootArrayOfObjects_MergesProperties()
    {
        var body = Body("""[{"a": 1}, {"b": 2}]""");

        var (content, diagnostics) = body.Content(Schema(["a", "b"]));

        Assert.Empty(diagnostics);
        Assert.Equal(["a", "b"], content.Attributes.Keys);
    }

    [Fact]
    public void Content_UnknownProperty_ReportsExtraneousWithSuggestion()
    {
        var body = Body("""{"nmae": "web"}""");

        var (_, diagnostics) = body.Content(Schema(["name"]));

        var error = Assert.Single(diagnostics);
        Assert.Equal("Extraneous JSON object property", error.Summary);
        Assert.Equal("No argument or block type is named \"nmae\". Did you mean \"name\"?", error.Detail);
        Assert.Equal(new SourcePos(1, 2, 1), error.Subject!.Value.Start);
    }

    [Fact]
    public void Content_MissingRequired_PointsAtClosingBrace()
    {
        var body = Body("{\n}");

        var (_, diagnostics) = body.Content(new BodySchema([new AttributeSchema("name", Required: true)], []));

        var error = Assert.Single(diagnostics);
        Assert.Equal("Missing required argument", error.Summary);
        Assert.Equal(new SourcePos(2, 1, 2), error.Subject!.Value.Start);
    }

    [Fact]
    public void Content_DuplicateAttribute_ReportsDuplicateArgument()
    {
        var body = Body("""{"a": 1, "a": 2}""");

        var (content, diagnostics) = body.Content(Schema(["a"]));

        Assert.Equal("Duplicate argument", Assert.Single(diagnostics).Summary);
        Assert.Single(content.Attributes);
    }

    [Fact]
    public void Content_BlockGivenAsString_ReportsIncorrectType()
    {
        var body = Body("""{"network": "host"}""");

        var (_, diagnostics) = body.Content(Schema([], new BlockHeaderSchema("network")));

        Assert.Equal("Incorrect JSON value type", Assert.Single(diagnostics).Summary);
    }

    [Fact]
    public void Content_LabelledBlockWithEmptyObject_ReportsMissingLabel()
    {
        var body = Body("""{"variable": {}}""");

        var (_, diagnostics) = body.Content(Schema([], new BlockHeaderSchema("variable", ["name"])));

        var error = Assert.Single(diagnostics);
        Assert.Equal("Missing block label", error.Summary);
        Assert.Contains("variable block's name", error.Detail);
    }

    [Fact]
    public void Content_NullBlock_MeansNoBlock()
    {
        var body = Body("""{"network": null}""");

        var (content, diagnostics) = body.Content(Schema([], new BlockHeaderSchema("network")));

        Assert.Empty(diagnostics);
        Assert.Empty(content.Blocks);
    }

    [Fact]
    public void PartialContent_ThenContentOnRemain_SeesOnlyTheRest()
    {
        var body = Body("""{"a": 1, "b": 2, "c": {}}""");

        var (first, remain, firstDiagnostics) = body.PartialContent(Schema(["a"]));
        var (second, secondDiagnostics) = remain.Content(Schema(["b"], new BlockHeaderSchema("c")));

        Assert.Empty(firstDiagnostics);
        Assert.Empty(secondDiagnostics);
        Assert.Equal(["a"], first.Attributes.Keys);
        Assert.Equal(["b"], second.Attributes.Keys);
        Assert.Single(second.Blocks);
    }

    [Fact]
    public void PartialContent_RemainContentWithTakenName_ReportsItAsExtraneousNoMore()
    {
        var body = Body("""{"a": 1, "z": 2}""");

        var (_, remain, _) = body.PartialContent(Schema(["a"]));
        var (_, diagnostics) = remain.Content(BodySchema.Empty);

        Assert.Equal("No argument or block type is named \"z\".", Assert.Single(diagnostics).Detail);
    }

    [Fact]
    public void JustAttributes_ArrayRoot_RequiresObject()
    {
        var body = Body("""[{"a": 1}]""");

        var (_, diagnostics) = body.JustAttributes();

        Assert.Equal("Incorrect JSON value type", Assert.Single(diagnostics).Summary);
    }

    [Fact]
    public void JustAttributes_Object_ReturnsAllButComments()
    {
        var body = Body("""{"b": 1, "//": "note", "a": [1, 2]}""");

        var (attributes, diagnostics) = body.JustAttributes();

        Assert.Empty(diagnostics);
        Assert.Equal(["b", "a"], attributes.Keys);
        Assert.Equal(new SourcePos(1, 2, 1), attributes["b"].Range.Start);
        Assert.Equal(new SourcePos(1, 8, 7), attributes["b"].Range.End);
    }

    [Fact]
    public void Variables_TemplatesInValuesAndKeys_FoundWithPositionsInsideTheString()
    {
        var body = Body("""{"a": ["${var.x}", {"${local.k}": "plain ${upper(data.y.z)}"}], "b": "no refs"}""");
        var (attributes, _) = body.JustAttributes();

        var traversals = attributes["a"].Expression.Variables();

        Assert.Equal(["var", "local", "data"], traversals.Select(t => t.RootName));
        Assert.Equal(new SourcePos(1, 11, 10), traversals[0].Range.Start);
        Assert.Empty(attributes["b"].Expression.Variables());
    }

    [Fact]
    public void Evaluate_NullContext_IsLiteralMode()
    {
        var body = Body("""{"a": {"k": ["${x}", 1.5, true, null]}}""");
        var (attributes, _) = body.JustAttributes();

        var (value, diagnostics) = attributes["a"].Expression.Evaluate(null);

        Assert.Empty(diagnostics);
        var list = value.GetAttribute("k").Elements;
        Assert.Equal("${x}", list[0].AsString());
        Assert.Equal(1.5, list[1].AsDouble());
        Assert.True(list[2].AsBool());
        Assert.True(list[3].IsNull);
    }
}
