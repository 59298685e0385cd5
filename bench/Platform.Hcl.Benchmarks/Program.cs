using BenchmarkDotNet.Running;
using Platform.Hcl.Benchmarks;

switch (args)
{
    case ["inputs", var dir]:
        // The same inputs for both sides of bench/hcl-parse/run.sh: the corpus file list and the large file.
        var corpus = ParseCorpus.Load(ParseCorpus.FindCorporaDir());
        Directory.CreateDirectory(dir);
        var corporaDir = ParseCorpus.FindCorporaDir();
        File.WriteAllLines(Path.Combine(dir, "corpus.list"), corpus.Files.Select(f => Path.Combine(corporaDir, f.Name)));
        File.WriteAllText(Path.Combine(dir, "large.hcl"), corpus.Concatenate(20_000_000));
        break;
    case ["throughput", var dir]:
        ThroughputRun.Run(Path.Combine(dir, "large.hcl"));
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(HclParseBenchmarks).Assembly).Run(args);
        break;
}
