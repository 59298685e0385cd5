using Platform.Hcl.Tests.TestSupport;
using Platform.Hcl.Decoding.Native;
using Platform.Hcl.Decoding.Specs;
using Platform.Hcl.Evaluation;
using Platform.Hcl.Parsing;
using Platform.Hcl.Tests.SpecSuite;

namespace Platform.Hcl.Tests.Decoding;

public class HclSpecFileReaderTests
{
    private static readonly string Examples = Path.Combine(RepositoryLayout.Corpora, "hcl-spec", "upstream", "cmd", "hcldec", "examples");

    private static (HclValue Value, IReadOnlyList<Platform.Hcl.Diagnostics.Diagnostic> Diagnostics) DecodeExample(string example, string input)
    {
        var specPath = Path.Combine(Examples, example, "spec.hcldec");
        var (spec, specDiagnostics) = HclSpecFileReader.Read(File.ReadAllText(specPath), specPath);
        Assert.Empty(specDiagnostics);
        var inputPath = Path.Combine(Examples, example, input);
        var parsed = HclParser.ParseConfig(File.ReadAllText(inputPath), inputPath);
        Assert.Empty(parsed.Diagnostics);
        return HclSpecDecoder.Decode(new NativeBody(parsed.Value.Body), spec!.Root, new EvalContext());
    }

    [Fact]
    public void Read_ShConfigExample_DecodesNameDefaultAndFriends()
    {
        var (value, diagnostics) = DecodeExample("sh-config-file", "example.conf");

        Assert.Empty(diagnostics);
        Assert.Equal("Juan", value.GetAttribute("name").AsString());
        Assert.Equal("Hello", value.GetAttribute("greeting").AsString());
        Assert.Equal(["John", "Yann", "Ermintrude"], value.GetAttribute("friends").Elements.Select(e => e.AsString()));
    }

    [Fact]
    public void Read_NpmPackageExample_RenamesAndDefaults()
    {
        var (value, diagnostics) = DecodeExample("npm-package", "example.npmhcl");

        Assert.Empty(diagnostics);
        Assert.Equal("hello-world", value.GetAttribute("name").AsString());
        Assert.Equal("Иван Петрович Сидоров", value.GetAttribute("author").GetAttribute("name").AsString());
        Assert.Equal(["Juan Pérez"], value.GetAttribute("contributors").Elements.Select(e => e.GetAttribute("name").AsString()));
        Assert.Equal("1.2.0", value.GetAttribute("dependencies").Index(HclValue.FromString("left-pad")).AsString());
        Assert.False(value.GetAttribute("private").AsBool());
        Assert.True(value.GetAttribute("homepage").IsNull);
    }

    [Fact]
    public void Read_VariablesBlock_ExposesValues()
    {
        var (file, diagnostics) = HclSpecFileReader.Read("variables {\n  a = \"x\"\n  n = 1 + 1\n}\nliteral {\n  value = null\n}\n", "s.hcldec");

        Assert.Empty(diagnostics);
        Assert.Equal("x", file!.Variables["a"].AsString());
        Assert.Equal(2, file.Variables["n"].AsInt());
        Assert.True(Assert.IsType<LiteralSpec>(file.Root).Value.IsNull);
    }

    [Theory]
    [InlineData("", "Missing spec block")]
    [InlineData("literal {\n  value = 1\n}\nliteral {\n  value = 2\n}\n", "Extraneous spec block")]
    [InlineData("attr {\n  type = string\n}\n", "Missing name in attribute spec")]
    [InlineData("attr \"x\" {\n}\n", "Extraneous label for attr")]
    [InlineData("object {\n  attr {\n  }\n}\n", "Missing name for attr")]
    [InlineData("attr {\n  name = \"a\"\n  type = lsit(string)\n}\n", "Invalid type specification")]
    [InlineData("block {\n  block_type = \"a\"\n}\n", "Missing spec block")]
    [InlineData("block_map {\n  block_type = \"a\"\n  labels = []\n  object {}\n}\n", "Invalid block label name list")]
    [InlineData("block_map {\n  block_type = \"a\"\n  object {}\n}\n", "Missing required argument")]
    [InlineData("block_list {\n  block_type = \"a\"\n  min_items = 1.5\n  object {}\n}\n", "Incorrect attribute value type")]
    [InlineData("literal {\n  value = 1\n  extra = 2\n}\n", "Unsupported argument")]
    [InlineData("widget {\n}\n", "Unsupported block type")]
    public void Read_BrokenSpec_ReportsDiagnosticAndNoSpec(string text, string summary)
    {
        var (file, diagnostics) = HclSpecFileReader.Read(text, "bad.hcldec");

        Assert.Null(file);
        Assert.Contains(diagnostics, d => d.Summary == summary);
    }

    [Fact]
    public void Read_FunctionBlocks_CallableFromTheInput()
    {
        var (file, diagnostics) = HclSpecFileReader.Read(
            "function \"add_one\" {\n  params = [n]\n  result = n + 1\n}\nfunction \"count_args\" {\n  params = [first]\n  variadic_param = rest\n  result = length(rest)\n}\nobject {\n  attr \"a\" { type = number }\n}\n",
            "f.hcldec");
        Assert.Empty(diagnostics);
        var parsed = HclParser.ParseConfig("a = add_one(41) + count_args(1, 2, 3)\n", "in.hcl");

        var (value, decodeDiagnostics) = HclSpecDecoder.Decode(new NativeBody(parsed.Value.Body), file!.Root, file.CreateContext());

        Assert.Empty(decodeDiagnostics);
        Assert.Equal(44, value.GetAttribute("a").AsInt());
        Assert.Equal(["add_one", "count_args"], file.Functions.Keys.Order());
    }

    [Fact]
    public void Read_FunctionWithComputedParams_ReportsParameterNames()
    {
        var (file, diagnostics) = HclSpecFileReader.Read("function \"f\" {\n  params = [\"a\" + \"b\"]\n  result = 1\n}\nliteral {\n  value = 1\n}\n", "f.hcldec");

        Assert.Null(file);
        Assert.Equal("Invalid parameter name", Assert.Single(diagnostics).Summary);
    }

    [Fact]
    public void Read_FunctionFailing_ReportsCallError()
    {
        var (file, _) = HclSpecFileReader.Read("function \"bad\" {\n  params = []\n  result = nope\n}\nobject {\n  attr \"a\" {}\n}\n", "f.hcldec");
        var parsed = HclParser.ParseConfig("a = bad()\n", "in.hcl");

        var (_, diagnostics) = HclSpecDecoder.Decode(new NativeBody(parsed.Value.Body), file!.Root, file.CreateContext());

        Assert.Contains(diagnostics, d => d.Summary == "Error in function call" && d.Detail.Contains("Variables not allowed", StringComparison.Ordinal));
    }
}
