using BenchmarkDotNet.Attributes;
using Platform.Hcl.Parsing;

namespace Platform.Hcl.Benchmarks;

/// <summary>Native-syntax parse of the whole public corpus and of one ~20 MB file; MB/s = bytes / mean time.</summary>
[MemoryDiagnoser]
public class HclParseBenchmarks
{
    private ParseCorpus _corpus = null!;
    private string _large = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = ParseCorpus.Load(ParseCorpus.FindCorporaDir());
        _large = _corpus.Concatenate(20_000_000);
    }

    [Benchmark]
    public int PublicCorpus()
    {
        var items = 0;
        foreach (var (name, text) in _corpus.Files)
        {
            items += HclParser.ParseConfig(text, name).Value.Body.Items.Count;
        }

        return items;
    }

    [Benchmark]
    public int LargeFile() => HclParser.ParseConfig(_large, "large.hcl").Value.Body.Items.Count;
}
