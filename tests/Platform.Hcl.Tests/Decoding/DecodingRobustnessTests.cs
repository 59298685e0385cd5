using Platform.Hcl.Tests.TestSupport;
using System.Diagnostics;
using CsCheck;
using Platform.Hcl.Decoding;
using Platform.Hcl.Decoding.Native;
using Platform.Hcl.Decoding.Specs;
using Platform.Hcl.Decoding.Typed;
using Platform.Hcl.Evaluation;
using Platform.Hcl.Json.Syntax;
using Platform.Hcl.Parsing;
using Platform.Hcl.Tests.SpecSuite;

namespace Platform.Hcl.Tests.Decoding;

/// <summary>
/// Decoding must cope with whatever partial tree a broken file parses to: corpus files mutated at random are
/// decoded through the typed decoder and an hcldec spec, and must only ever produce diagnostics, quickly.
/// </summary>
public class DecodingRobustnessTests
{
    private static readonly (string Text, bool Json)[] Seeds = LoadSeeds();

    public sealed class AnyFile
    {
        [HclBlock("job")]
        public List<Job> Jobs { get; set; } = [];

        [HclBlock("path")]
        public List<HclModelDecoderNativeTests.PathRule> Paths { get; set; } = [];

        [HclRemain]
        public IHclBody? Rest { get; set; }
    }

    public sealed class Job
    {
        [HclLabel("name")]
        public string Name { get; set; } = "";

        [HclAttribute("datacenters", Optional = true)]
        public List<string> Datacenters { get; set; } = [];

        [HclAttribute("priority", Optional = true)]
        public int? Priority { get; set; }

        [HclBlock("group")]
        public List<Group> Groups { get; set; } = [];

        [HclRemain]
        public IHclBody? Rest { get; set; }
    }

    public sealed class Group
    {
        [HclLabel("name")]
        public string Name { get; set; } = "";

        [HclAttribute("count", Optional = true)]
        public long Count { get; set; } = 1;

        [HclRemain]
        public IHclBody? Rest { get; set; }
    }

    private static readonly HclSpec Spec = new ObjectSpec(new Dictionary<string, HclSpec>
    {
        ["jobs"] = new BlockMapSpec("job", ["name"], new ObjectSpec(new Dictionary<string, HclSpec>
        {
            ["datacenters"] = new AttrSpec("datacenters", HclType.List(HclType.String)),
            ["groups"] = new BlockListSpec("group", new BlockAttrsSpec("meta", HclType.String)),
        })),
        ["paths"] = new BlockMapSpec("path", ["path"], new AttrSpec("capabilities", HclType.Set(HclType.String))),
    });

    private static (string, bool)[] LoadSeeds()
    {
        var native = Directory.GetFiles(Path.Combine(RepositoryLayout.Corpora, "nomad", "public"), "*", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(RepositoryLayout.Corpora, "vault-policies", "public"), "*", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(f => (File.ReadAllText(f), false));
        var json = Directory.GetFiles(Path.Combine(RepositoryLayout.Corpora, "nomad", "expected-api-json"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(f => (File.ReadAllText(f), true));
        return native.Concat(json).ToArray();
    }

    [Fact]
    public void Decode_MutatedCorpusFiles_OnlyDiagnosticsInBoundedTime()
    {
        Assert.True(Seeds.Length > 50);
        var mutation = Gen.Select(Gen.Int[0, Seeds.Length - 1], Gen.Int[0, 3], Gen.Int[0, int.MaxValue], Gen.Char['\0', '\u007f']);
        mutation.Sample(
            m =>
            {
                var (seedIndex, kind, where, replacement) = m;
                var (seed, isJson) = Seeds[seedIndex];
                var text = TextMutation.Apply(seed, kind, where, replacement);
                var watch = Stopwatch.StartNew();
                IHclBody body = isJson
                    ? HclJsonParser.Parse(text, "mutated.json").Value.Body
                    : new NativeBody(HclParser.ParseConfig(text, "mutated.hcl").Value.Body);
                var context = new EvalContext();
                HclModelDecoder.Decode<AnyFile>(body, context);
                HclSpecDecoder.Decode(body, Spec, context);
                HclSpecDecoder.Variables(body, Spec);
                return watch.Elapsed < TimeSpan.FromSeconds(30); // hang guard only; speed is benchmarked in bench/
            },
            iter: 1500);
    }
}
