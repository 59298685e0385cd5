using Platform.Hcl.Tests.TestSupport;
using Platform.Hcl.Decoding;
using Platform.Hcl.Decoding.Native;
using Platform.Hcl.Decoding.Typed;
using Platform.Hcl.Evaluation;
using Platform.Hcl.Parsing;
using Platform.Hcl.Tests.SpecSuite;

namespace Platform.Hcl.Tests.Decoding;

public class HclModelDecoderNativeTests
{
    public sealed class Policy
    {
        [HclBlock("path")]
        public List<PathRule> Paths { get; set; } = [];
    }

    public sealed class PathRule
    {
        [HclLabel("path")]
        public string Path { get; set; } = "";

        [HclAttribute("capabilities", Optional = true)]
        public List<string> Capabilities { get; set; } = [];

        [HclRemain]
        public IHclBody? Other { get; set; }
    }

    public sealed class Variable
    {
        [HclLabel("name")]
        public string Name { get; set; } = "";

        [HclAttribute("default", Optional = true)]
        public IHclExpression? Default { get; set; }

        [HclAttribute("sensitive", Optional = true)]
        public bool? Sensitive { get; set; }
    }

    public sealed class Config
    {
        [HclBlock("variable")]
        public Variable[] Variables { get; set; } = [];

        [HclAttribute("port")]
        public int Port { get; set; }
    }

    private static IHclBody Body(string hcl, string name = "main.hcl")
    {
        var parsed = HclParser.ParseConfig(hcl, name);
        Assert.Empty(parsed.Diagnostics);
        return new NativeBody(parsed.Value.Body);
    }

    [Fact]
    public void Decode_EveryPublicVaultPolicy_ReadsPathsAndCapabilities()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryLayout.Corpora, "vault-policies", "public"), "*.hcl");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var (policy, diagnostics) = HclModelDecoder.Decode<Policy>(Body(File.ReadAllText(file), file), null);

            Assert.Empty(diagnostics);
            Assert.NotEmpty(policy.Paths);
            Assert.All(policy.Paths, p => Assert.False(string.IsNullOrEmpty(p.Path)));
        }
    }

    [Fact]
    public void Decode_ExpressionsWithContext_EvaluateAgainstVariables()
    {
        var context = new EvalContext().WithVariable("base", HclValue.FromNumber(8000));
        var body = Body("port = base + 80\nvariable \"region\" {\n  default = upper(\"eu\")\n  sensitive = true\n}\n");

        var (config, diagnostics) = HclModelDecoder.Decode<Config>(body, context);

        Assert.Empty(diagnostics);
        Assert.Equal(8080, config.Port);
        var variable = Assert.Single(config.Variables);
        Assert.Equal("region", variable.Name);
        Assert.True(variable.Sensitive);
        Assert.Equal("main.hcl:3,13-24", variable.Default!.Range.ToString());
    }

    [Fact]
    public void Decode_LabelMissingAndEvaluationError_BothReported()
    {
        var body = Body("port = nope\nvariable {\n}\n");

        var (_, diagnostics) = HclModelDecoder.Decode<Config>(body, new EvalContext().WithVariable("known", HclValue.True));

        Assert.Equal(["Missing name for variable", "Unknown variable"], diagnostics.Select(d => d.Summary).Order());
    }

    [Fact]
    public void Decode_ConversionError_PointsAtTheValue()
    {
        var body = Body("port = [1]\n");

        var (_, diagnostics) = HclModelDecoder.Decode<Config>(body, null);

        var error = Assert.Single(diagnostics);
        Assert.Equal("Unsuitable value type", error.Summary);
        Assert.Equal("Unsuitable value for argument \"port\": number required.", error.Detail);
        Assert.Equal("main.hcl:1,8-11", error.Subject.ToString());
    }

    [Fact]
    public void Decode_SensitiveValue_DecodesWithoutTheMark()
    {
        var context = new EvalContext().WithVariable("secret", HclValue.FromNumber(9000).Mark(HclMarks.Sensitive));

        var (config, diagnostics) = HclModelDecoder.Decode<Config>(Body("port = secret\n"), context);

        Assert.Empty(diagnostics);
        Assert.Equal(9000, config.Port);
    }

    public sealed class Driver
    {
        [HclAttribute("driver")]
        public string Name { get; set; } = "";

        [HclRemain]
        public IReadOnlyDictionary<string, HclAttributeItem> Config { get; set; } = new Dictionary<string, HclAttributeItem>();
    }

    [Fact]
    public void Decode_RemainAsAttributes_CollectsFreeFormArgumentsAndRejectsBlocks()
    {
        var (driver, diagnostics) = HclModelDecoder.Decode<Driver>(Body("driver = \"docker\"\nimage = \"nginx\"\nports = [80]\nlogging {}\n"), null);

        Assert.Equal("docker", driver.Name);
        Assert.Equal(["image", "ports"], driver.Config.Keys);
        Assert.Equal("Unexpected \"logging\" block", Assert.Single(diagnostics).Summary);
    }

    public enum JobType
    {
        Service,
        Batch,
        SysBatch,
    }

    public sealed class Typed
    {
        [HclAttribute("type")]
        public JobType Type { get; set; }

        [HclAttribute("others", Optional = true)]
        public HashSet<JobType> Others { get; set; } = [];
    }

    [Fact]
    public void Decode_EnumValues_MatchIgnoringCaseAndUnderscores()
    {
        var (typed, diagnostics) = HclModelDecoder.Decode<Typed>(Body("type = \"sys_batch\"\nothers = [\"service\", \"BATCH\"]\n"), null);

        Assert.Empty(diagnostics);
        Assert.Equal(JobType.SysBatch, typed.Type);
        Assert.Equal([JobType.Service, JobType.Batch], typed.Others.Order());
    }

    [Fact]
    public void Decode_UnknownEnumValue_ListsTheAllowedOnes()
    {
        var (_, diagnostics) = HclModelDecoder.Decode<Typed>(Body("type = \"daemon\"\n"), null);

        Assert.Equal(
            "Unsuitable value for argument \"type\": \"daemon\" is not one of \"service\", \"batch\", \"sysbatch\".",
            Assert.Single(diagnostics).Detail);
    }
}
