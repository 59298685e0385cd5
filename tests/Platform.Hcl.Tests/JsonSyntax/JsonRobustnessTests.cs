using Platform.Hcl.Tests.TestSupport;
using System.Diagnostics;
using CsCheck;
using Platform.Hcl.Decoding;
using Platform.Hcl.Json.Syntax;
using Platform.Hcl.Tests.SpecSuite;

namespace Platform.Hcl.Tests.JsonSyntax;

public class JsonRobustnessTests
{
    private static readonly string[] Seeds = LoadSeeds();

    private static string[] LoadSeeds()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryLayout.Corpora, "hcl-spec", "fuzz-decoded", "json"), "*", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(RepositoryLayout.Corpora, "nomad", "expected-api-json"), "*.json"))
            .Append(Path.Combine(RepositoryLayout.Corpora, "hcl-spec", "specsuite", "tests", "empty.hcl.json"))
            .Order(StringComparer.Ordinal);
        return files.Select(File.ReadAllText).ToArray();
    }

    [Fact]
    public void Parse_EveryCorpusJsonFile_HasNoErrors()
    {
        Assert.True(Seeds.Length > 30);
        foreach (var seed in Seeds)
        {
            var (_, diagnostics) = HclJsonParser.Parse(seed, "seed.json");
            Assert.Empty(diagnostics);
        }
    }

    [Fact]
    public void Parse_MutatedCorpusFiles_OnlyDiagnosticsInBoundedTime()
    {
        var mutation = Gen.Select(Gen.Int[0, Seeds.Length - 1], Gen.Int[0, 3], Gen.Int[0, int.MaxValue], Gen.Char);
        mutation.Sample(
            m =>
            {
                var (seedIndex, kind, where, replacement) = m;
                var text = TextMutation.Apply(Seeds[seedIndex], kind, where, replacement);
                var watch = Stopwatch.StartNew();
                var (file, _) = HclJsonParser.Parse(text, "mutated.json");

                // Reading the body through a schema that takes everything must not throw either.
                var everything = new BodySchema([], [new BlockHeaderSchema("Job"), new BlockHeaderSchema("block")]);
                file.Body.PartialContent(everything);
                file.Body.JustAttributes();
                return watch.Elapsed < TimeSpan.FromSeconds(30); // hang guard only; speed is benchmarked in bench/
            },
            iter: 4000);
    }
}
