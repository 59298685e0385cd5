using Platform.Hcl.Decoding;
using Platform.Hcl.Decoding.Native;
using Platform.Hcl.Decoding.Specs;
using Platform.Hcl.Evaluation;
using Platform.Hcl.Parsing;

namespace Platform.Hcl.Tests.Decoding;

public class HclSpecDecoderTests
{
    private static IHclBody Body(string hcl)
    {
        var parsed = HclParser.ParseConfig(hcl, "input.hcl");
        Assert.Empty(parsed.Diagnostics);
        return new NativeBody(parsed.Value.Body);
    }

    private static IHclExpression Expression(string hcl)
    {
        var parsed = HclParser.ParseExpression(hcl, "spec.hcldec");
        Assert.Empty(parsed.Diagnostics);
        return new NativeExpression(parsed.Value);
    }

    private static HclValue Key(HclValue map, string key) => map.Index(HclValue.FromString(key));

    private static ObjectSpec Object(params (string Name, HclSpec Spec)[] attributes) =>
        new(attributes.ToDictionary(a => a.Name, a => a.Spec));

    [Fact]
    public void Decode_ObjectOfAttributes_ConvertsToDeclaredTypes()
    {
        var spec = Object(("name", new AttrSpec("name", HclType.String)), ("port", new AttrSpec("port", HclType.Number)), ("absent", new AttrSpec("absent", HclType.Bool)));

        var (value, diagnostics) = HclSpecDecoder.Decode(Body("name = 42\nport = \"8080\"\n"), spec, null);

        Assert.Empty(diagnostics);
        Assert.Equal("42", value.GetAttribute("name").AsString());
        Assert.Equal(8080, value.GetAttribute("port").AsInt());
        Assert.Equal(HclValue.Null(HclType.Bool), value.GetAttribute("absent"));
    }

    [Fact]
    public void Decode_ValueOfWrongType_ReportsIncorrectAttributeValueType()
    {
        var spec = Object(("port", new AttrSpec("port", HclType.Number)));

        var (value, diagnostics) = HclSpecDecoder.Decode(Body("port = \"http\"\n"), spec, null);

        var error = Assert.Single(diagnostics);
        Assert.Equal("Incorrect attribute value type", error.Summary);
        Assert.Equal("Inappropriate value for attribute \"port\": a number is required.", error.Detail);
        Assert.Equal("input.hcl:1,8-14", error.Subject.ToString());
        Assert.False(value.GetAttribute("port").IsKnown);
    }

    [Fact]
    public void Decode_RequiredAttributeAndBlockMissing_ReportsBoth()
    {
        var spec = Object(("a", new AttrSpec("a", HclType.String, required: true)), ("b", new BlockSpec("b", Object(), required: true)));

        var (_, diagnostics) = HclSpecDecoder.Decode(Body(""), spec, null);

        Assert.Equal(["Missing required argument", "Missing b block"], diagnostics.Select(d => d.Summary));
    }

    [Fact]
    public void Decode_UnexpectedItems_ReportedByTheBodysContent()
    {
        var spec = Object(("a", new AttrSpec("a", HclType.String)));

        var (_, diagnostics) = HclSpecDecoder.Decode(Body("a = \"x\"\nc = 1\n"), spec, null);

        Assert.Equal("input.hcl:2,1-2", Assert.Single(diagnostics).Subject.ToString());
    }

    [Fact]
    public void Decode_DuplicateSingleBlock_Reported()
    {
        var spec = new BlockSpec("a", Object());

        var (_, diagnostics) = HclSpecDecoder.Decode(Body("a {}\na {}\n"), spec, null);

        var error = Assert.Single(diagnostics);
        Assert.Equal("Duplicate a block", error.Summary);
        Assert.Equal("input.hcl:2,1-2", error.Subject.ToString());
    }

    [Fact]
    public void Decode_BlockList_OneElementPerBlockWithCountLimits()
    {
        var spec = new BlockListSpec("item", Object(("v", new AttrSpec("v", HclType.Number))), minItems: 1, maxItems: 2);

        var (value, diagnostics) = HclSpecDecoder.Decode(Body("item { v = 1 }\nitem { v = 2 }\nitem { v = 3 }\n"), spec, null);

        Assert.Equal("Too many item blocks", Assert.Single(diagnostics).Summary);
        Assert.Equal(HclType.List(HclType.Object([KeyValuePair.Create("v", HclType.Number)])), value.Type);
        Assert.Equal([1, 2, 3], value.Elements.Select(e => e.GetAttribute("v").AsInt()));

        var (empty, emptyDiagnostics) = HclSpecDecoder.Decode(Body(""), spec, null);
        Assert.Equal("Insufficient item blocks", Assert.Single(emptyDiagnostics).Summary);
        Assert.Equal(0, empty.Length);
    }

    [Fact]
    public void Decode_BlockSet_MergesDuplicates()
    {
        var spec = new BlockSetSpec("tag", Object(("v", new AttrSpec("v", HclType.String))));

        var (value, diagnostics) = HclSpecDecoder.Decode(Body("tag { v = \"a\" }\ntag { v = \"a\" }\ntag { v = \"b\" }\n"), spec, null);

        Assert.Empty(diagnostics);
        Assert.True(value.Type.IsSet);
        Assert.Equal(2, value.Length);
    }

    [Fact]
    public void Decode_BlockMapWithTwoLabels_NestsMapsAndSeesLabels()
    {
        var nested = Object(("kind", new BlockLabelSpec(0, "type")), ("ami", new AttrSpec("ami", HclType.String)));
        var spec = new BlockMapSpec("resource", ["type", "name"], nested);

        var (value, diagnostics) = HclSpecDecoder.Decode(
            Body("resource \"aws_instance\" \"web\" { ami = \"a\" }\nresource \"aws_instance\" \"db\" { ami = \"b\" }\nresource \"null\" \"x\" { ami = \"c\" }\n"),
            spec,
            null);

        Assert.Empty(diagnostics);
        Assert.True(value.Type.IsMap && value.Type.ElementType!.IsMap);
        Assert.Equal("b", Key(Key(value, "aws_instance"), "db").GetAttribute("ami").AsString());
        Assert.Equal("null", Key(Key(value, "null"), "x").GetAttribute("kind").AsString());
    }

    [Fact]
    public void Decode_BlockMapDuplicateLabels_Reported()
    {
        var spec = new BlockMapSpec("service", ["name"], Object());

        var (_, diagnostics) = HclSpecDecoder.Decode(Body("service \"a\" {}\nservice \"a\" {}\n"), spec, null);

        var error = Assert.Single(diagnostics);
        Assert.Equal("Duplicate service block", error.Summary);
        Assert.Equal("A block for name \"a\" was already defined. The service labels must be unique.", error.Detail);
    }

    [Fact]
    public void Decode_BlockAttrs_MapOfElementType()
    {
        var spec = new BlockAttrsSpec("env", HclType.String);

        var (value, diagnostics) = HclSpecDecoder.Decode(Body("env {\n  A = 1\n  B = \"two\"\n}\n"), spec, null);

        Assert.Empty(diagnostics);
        Assert.Equal(HclType.Map(HclType.String), value.Type);
        Assert.Equal("1", value.Index(HclValue.FromString("A")).AsString());
    }

    [Fact]
    public void Decode_DefaultAndTransform_FallBackThenComputeWithNested()
    {
        var spec = Object(
            ("private", new DefaultSpec(new AttrSpec("private", HclType.Bool), new LiteralSpec(HclValue.False))),
            ("bytes", new TransformSpec(new AttrSpec("size_in_mb", HclType.Number), Expression("nested * 1024 * 1024"))));

        var (value, diagnostics) = HclSpecDecoder.Decode(Body("size_in_mb = 2\n"), spec, null);

        Assert.Empty(diagnostics);
        Assert.False(value.GetAttribute("private").AsBool());
        Assert.Equal(2097152, value.GetAttribute("bytes").AsInt());
    }

    [Fact]
    public void Decode_ExpressionsUseTheContext()
    {
        var spec = Object(("greeting", new AttrSpec("greeting", HclType.String)));
        var context = new EvalContext().WithVariable("name", HclValue.FromString("Ada"));

        var (value, diagnostics) = HclSpecDecoder.Decode(Body("greeting = \"Hello, ${name}\"\n"), spec, context);

        Assert.Empty(diagnostics);
        Assert.Equal("Hello, Ada", value.GetAttribute("greeting").AsString());
    }

    [Fact]
    public void Variables_ThroughNestedBlocks_ListsReferences()
    {
        var spec = Object(("a", new AttrSpec("a", HclType.Dynamic)), ("b", new BlockListSpec("b", Object(("c", new AttrSpec("c", HclType.Dynamic))))));

        var variables = HclSpecDecoder.Variables(Body("a = var.x\nb { c = local.y[0] }\nb { c = 1 }\n"), spec);

        Assert.Equal(["var", "local"], variables.Select(v => v.RootName));
    }

    [Fact]
    public void PartialDecode_LeavesTheRestForAnotherDecoder()
    {
        var spec = Object(("a", new AttrSpec("a", HclType.Number)));

        var (value, remain, diagnostics) = HclSpecDecoder.PartialDecode(Body("a = 1\nz = 2\n"), spec, null);

        Assert.Empty(diagnostics);
        Assert.Equal(1, value.GetAttribute("a").AsInt());
        Assert.Equal(["z"], remain.JustAttributes().Attributes.Keys);
    }

    [Fact]
    public void Decode_KeywordObjectKeys_AreNamesAsInHcl()
    {
        var spec = Object(("o", new AttrSpec("o", HclType.Object([KeyValuePair.Create("true", HclType.Number), KeyValuePair.Create("null", HclType.Number)]))));

        var (value, diagnostics) = HclSpecDecoder.Decode(Body("o = { true = 1, null = 2 }\n"), spec, null);

        Assert.Empty(diagnostics);
        Assert.Equal(2, value.GetAttribute("o").GetAttribute("null").AsInt());
    }
}
