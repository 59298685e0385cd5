using Platform.Hcl.Decoding;
using Platform.Hcl.Decoding.Typed;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;
using Platform.Hcl.Json.Syntax;

namespace Platform.Hcl.Tests.Decoding;

public class HclModelDecoderJsonTests
{
    public sealed class Job
    {
        [HclLabel("name")]
        public string Name { get; set; } = "";

        [HclAttribute("datacenters")]
        public List<string> Datacenters { get; set; } = [];

        [HclAttribute("priority", Optional = true)]
        public int Priority { get; set; } = 50;

        [HclAttribute("region")]
        public string? Region { get; set; }

        [HclAttribute("meta")]
        public Dictionary<string, string>? Meta { get; set; }

        [HclBlock("group")]
        public List<Group> Groups { get; set; } = [];

        [HclBlock("update")]
        public Update? Update { get; set; }
    }

    public sealed class Group
    {
        [HclLabel("name")]
        public string Name { get; set; } = "";

        [HclAttribute("count", Optional = true)]
        public long Count { get; set; } = 1;

        [HclAttribute("weights", Optional = true)]
        public double[] Weights { get; set; } = [];

        [HclAttribute("raw", Optional = true)]
        public HclValue? Raw { get; set; }

        [HclAttribute("later", Optional = true)]
        public IHclExpression? Later { get; set; }

        [HclRemain]
        public IHclBody? Rest { get; set; }
    }

    public sealed class Update
    {
        [HclAttribute("max_parallel")]
        public int MaxParallel { get; set; }

        [HclAttribute("auto_revert", Optional = true)]
        public bool AutoRevert { get; set; }
    }

    public sealed class File
    {
        [HclBlock("job")]
        public List<Job> Jobs { get; set; } = [];
    }

    private static IHclBody Body(string json)
    {
        var (file, diagnostics) = HclJsonParser.Parse(json, "job.hcl.json");
        Assert.Empty(diagnostics);
        return file.Body;
    }

    [Fact]
    public void Decode_JobWithGroupsAndUpdate_FillsModel()
    {
        var body = Body("""
            {"job": {"web": {
              "datacenters": ["dc1", "dc2"],
              "region": "eu",
              "meta": {"team": "core", "tier": 1},
              "group": {"api": {"count": "3", "weights": [0.5, 2], "raw": [1, "x"], "later": "x", "driver": "docker"},
                        "db": {}},
              "update": {"max_parallel": 2, "auto_revert": "true"}
            }}}
            """);

        var (file, diagnostics) = HclModelDecoder.Decode<File>(body, null);

        Assert.Empty(diagnostics);
        var job = Assert.Single(file.Jobs);
        Assert.Equal("web", job.Name);
        Assert.Equal(["dc1", "dc2"], job.Datacenters);
        Assert.Equal(50, job.Priority);
        Assert.Equal("eu", job.Region);
        Assert.Equal("1", job.Meta!["tier"]);
        Assert.Equal(["api", "db"], job.Groups.Select(g => g.Name));
        var api = job.Groups[0];
        Assert.Equal(3, api.Count);
        Assert.Equal([0.5, 2.0], api.Weights);
        Assert.Equal(2, api.Raw!.Length);
        Assert.NotNull(api.Later);
        Assert.Equal(1, job.Groups[1].Count);
        var (rest, restDiagnostics) = api.Rest!.JustAttributes();
        Assert.Empty(restDiagnostics);
        Assert.Equal(["driver"], rest.Keys);
        Assert.Equal(2, job.Update!.MaxParallel);
        Assert.True(job.Update.AutoRevert);
    }

    [Fact]
    public void Decode_MissingRequiredAndUnknownArgument_ReportsBoth()
    {
        var body = Body("""{"job": {"web": {"datacentres": ["dc1"]}}}""");

        var (_, diagnostics) = HclModelDecoder.Decode<File>(body, null);

        Assert.Contains(diagnostics, d => d.Summary == "Missing required argument" && d.Detail.Contains("\"datacenters\""));
        Assert.Contains(diagnostics, d => d.Summary == "Extraneous JSON object property" && d.Detail.Contains("Did you mean \"datacenters\"?"));
    }

    [Fact]
    public void Decode_UnconvertibleValue_ReportsAtTheValue()
    {
        var body = Body("""{"job": {"web": {"datacenters": [], "priority": "high"}}}""");

        var (_, diagnostics) = HclModelDecoder.Decode<File>(body, null);

        var error = Assert.Single(diagnostics);
        Assert.Equal("Unsuitable value type", error.Summary);
        Assert.Contains("\"priority\"", error.Detail);
        Assert.Equal(new SourcePos(1, 49, 48), error.Subject!.Value.Start);
    }

    [Fact]
    public void Decode_FractionIntoInt_ReportsWholeNumberRequired()
    {
        var body = Body("""{"job": {"web": {"datacenters": [], "priority": 1.5}}}""");

        var (_, diagnostics) = HclModelDecoder.Decode<File>(body, null);

        Assert.Contains("whole number", Assert.Single(diagnostics).Detail);
    }

    [Fact]
    public void Decode_NullIntoNonNullable_ReportsValueRequired()
    {
        var body = Body("""{"job": {"web": {"datacenters": null}}}""");

        var (_, diagnostics) = HclModelDecoder.Decode<File>(body, null);

        Assert.Contains("not null", Assert.Single(diagnostics).Detail);
    }

    [Fact]
    public void Decode_TwoSingleBlocks_ReportsDuplicate()
    {
        var body = Body("""{"job": {"web": {"datacenters": [], "update": [{"max_parallel": 1}, {"max_parallel": 2}]}}}""");

        var (file, diagnostics) = HclModelDecoder.Decode<File>(body, null);

        Assert.Equal("Duplicate update block", Assert.Single(diagnostics).Summary);
        Assert.Equal(1, file.Jobs[0].Update!.MaxParallel);
    }

    [Fact]
    public void Decode_ModelWithNonStringLabel_ThrowsForTheProgrammer()
    {
        Assert.Throws<InvalidOperationException>(() => HclModelDecoder.Decode<BadModel>(Body("{}"), null));
    }

    public sealed class BadModel
    {
        [HclLabel("name")]
        public int Name { get; set; }
    }
}
