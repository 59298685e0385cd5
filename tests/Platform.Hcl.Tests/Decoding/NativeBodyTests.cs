using Platform.Hcl.Decoding;
using Platform.Hcl.Decoding.Native;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Parsing;

namespace Platform.Hcl.Tests.Decoding;

public class NativeBodyTests
{
    private static NativeBody Body(string hcl)
    {
        var parsed = HclParser.ParseConfig(hcl, "main.tf");
        Assert.Empty(parsed.Diagnostics);
        return new NativeBody(parsed.Value.Body);
    }

    private static BodySchema Schema(string[] attributes, params BlockHeaderSchema[] blocks) =>
        new(attributes.Select(a => new AttributeSchema(a)).ToList(), blocks);

    [Fact]
    public void Content_AttributesAndLabelledBlocks_SplitsBySchema()
    {
        var body = Body("""
            name = "web"
            resource "aws_instance" "a" {
              ami = "x"
            }
            resource "aws_instance" "b" {}
            """);

        var (content, diagnostics) = body.Content(Schema(["name"], new BlockHeaderSchema("resource", ["type", "name"])));

        Assert.Empty(diagnostics);
        Assert.Equal(["name"], content.Attributes.Keys);
        Assert.Equal(new SourcePos(1, 1, 0), content.Attributes["name"].NameRange.Start);
        Assert.Equal(["aws_instance/a", "aws_instance/b"], content.Blocks.Select(b => string.Join("/", b.Labels)));
        var first = content.Blocks[0];
        Assert.Equal(new SourcePos(2, 1, 13), first.DefRange.Start);
        Assert.Equal(new SourcePos(2, 28, 40), first.DefRange.End);
        Assert.Equal(new SourcePos(2, 10, 22), first.LabelRanges[0].Start);
    }

    [Fact]
    public void Content_UnknownArgument_ReportsUnsupportedWithSuggestion()
    {
        var body = Body("a = 1\nb = 2\ncout = 3\n");

        var (_, diagnostics) = body.Content(Schema(["a", "b", "count"]));

        var error = Assert.Single(diagnostics);
        Assert.Equal("Unsupported argument", error.Summary);
        Assert.Equal("An argument named \"cout\" is not expected here. Did you mean \"count\"?", error.Detail);
        Assert.Equal("main.tf:3,1-5", error.Subject.ToString());
    }

    [Fact]
    public void Content_ArgumentNamedLikeABlockType_SuggestsTheBlock()
    {
        var body = Body("network = {}\n");

        var (_, diagnostics) = body.Content(Schema([], new BlockHeaderSchema("network")));

        Assert.Equal("An argument named \"network\" is not expected here. Did you mean to define a block of type \"network\"?", Assert.Single(diagnostics).Detail);
    }

    [Fact]
    public void Content_UnknownBlock_ReportsUnsupportedBlockType()
    {
        var body = Body("tags {\n}\ngrop {\n}\n");

        var (_, diagnostics) = body.Content(Schema(["tags"], new BlockHeaderSchema("group")));

        Assert.Equal(2, diagnostics.Count);
        Assert.Equal("Blocks of type \"tags\" are not expected here. Did you mean to define argument \"tags\"? If so, use the equals sign to assign it a value.", diagnostics[0].Detail);
        Assert.Equal("Blocks of type \"grop\" are not expected here. Did you mean \"group\"?", diagnostics[1].Detail);
        Assert.All(diagnostics, d => Assert.Equal("Unsupported block type", d.Summary));
    }

    [Fact]
    public void Content_MissingRequired_ReportsAtBodyStart()
    {
        var body = Body("x {\n  a = 1\n}\n");
        var (outer, _) = body.Content(Schema([], new BlockHeaderSchema("x")));

        var (_, diagnostics) = outer.Blocks[0].Body.Content(new BodySchema([new AttributeSchema("a"), new AttributeSchema("b", Required: true)], []));

        var error = Assert.Single(diagnostics);
        Assert.Equal("Missing required argument", error.Summary);
        Assert.Equal("The argument \"b\" is required, but no definition was found.", error.Detail);
        Assert.True(error.Subject!.Value.IsEmpty);
    }

    [Fact]
    public void Content_WrongLabelCounts_ReportsExtraneousAndMissingLabel()
    {
        var body = Body("variable \"a\" \"b\" {}\nvariable {}\n");

        var (content, diagnostics) = body.Content(Schema([], new BlockHeaderSchema("variable", ["name"])));

        Assert.Empty(content.Blocks);
        Assert.Equal(["Extraneous label for variable", "Missing name for variable"], diagnostics.Select(d => d.Summary));
        Assert.Equal("Only 1 labels (name) are expected for variable blocks.", diagnostics[0].Detail);
        Assert.Equal("main.tf:1,14-17", diagnostics[0].Subject.ToString());
        Assert.Equal("All variable blocks must have 1 labels (name).", diagnostics[1].Detail);
        Assert.Equal("main.tf:2,10-11", diagnostics[1].Subject.ToString());
    }

    [Fact]
    public void Content_LabelOnUnlabelledBlock_ReportsNoLabelsExpected()
    {
        var body = Body("locals \"x\" {}\n");

        var (_, diagnostics) = body.Content(Schema([], new BlockHeaderSchema("locals")));

        Assert.Equal("No labels are expected for locals blocks.", Assert.Single(diagnostics).Detail);
    }

    [Fact]
    public void PartialContent_RemainHidesTakenItems()
    {
        var body = Body("a = 1\nb = 2\nblk {}\nother {}\n");

        var (first, remain, firstDiagnostics) = body.PartialContent(Schema(["a"], new BlockHeaderSchema("blk")));
        var (second, secondDiagnostics) = remain.Content(Schema(["b"], new BlockHeaderSchema("other")));

        Assert.Empty(firstDiagnostics);
        Assert.Empty(secondDiagnostics);
        Assert.Equal(["a"], first.Attributes.Keys);
        Assert.Equal(["blk"], first.Blocks.Select(b => b.Type));
        Assert.Equal(["b"], second.Attributes.Keys);
        Assert.Equal(["other"], second.Blocks.Select(b => b.Type));
    }

    [Fact]
    public void JustAttributes_WithBlock_ReportsBlockButReturnsAttributes()
    {
        var body = Body("z = 1\na = 2\nnested {}\n");

        var (attributes, diagnostics) = body.JustAttributes();

        Assert.Equal(["z", "a"], attributes.Keys);
        var error = Assert.Single(diagnostics);
        Assert.Equal("Unexpected \"nested\" block", error.Summary);
        Assert.Equal("Blocks are not allowed here.", error.Detail);
    }

    [Fact]
    public void Variables_ForExpressionAndTemplate_ExcludesLocals()
    {
        var body = Body("x = [for k, v in var.m : \"${k}-${v}-${local.sep}\" if v != each.key]\ny = { (var.key) = 1, bare = 2 }\n");
        var (attributes, _) = body.JustAttributes();

        var x = attributes["x"].Expression.Variables().Select(t => t.RootName);
        var y = attributes["y"].Expression.Variables().Select(t => t.RootName);

        Assert.Equal(["var", "local", "each"], x);
        Assert.Equal(["var"], y);
    }
}
