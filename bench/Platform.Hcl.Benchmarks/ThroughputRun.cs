using System.Diagnostics;
using System.Text;
using Platform.Hcl.Parsing;

namespace Platform.Hcl.Benchmarks;

/// <summary>
/// <c>throughput</c> mode: a plain MB/s and memory report for the same inputs the node reference script times,
/// so ours and @cdktf/hcl2json's numbers come from one run (bench/hcl-parse/run.sh).
/// Memory is the managed heap still held by the parsed tree of the large file, and the bytes allocated to parse it.
/// </summary>
public static class ThroughputRun
{
    public static void Run(string largeFilePath)
    {
        var corpus = ParseCorpus.Load(ParseCorpus.FindCorporaDir());
        var large = File.ReadAllText(largeFilePath);
        var largeBytes = Encoding.UTF8.GetByteCount(large);

        Report("corpus", corpus.TotalBytes, () =>
        {
            foreach (var (name, text) in corpus.Files)
            {
                HclParser.ParseConfig(text, name);
            }
        });
        Report("large", largeBytes, () => HclParser.ParseConfig(large, "large.hcl"));

        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var tree = HclParser.ParseConfig(large, "large.hcl");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(tree);
        Console.WriteLine($"platform memory large: input {largeBytes / 1e6:F1} MB, tree retained {retained / 1e6:F1} MB ({(double)retained / largeBytes:F1}x), allocated while parsing {allocated / 1e6:F1} MB ({(double)allocated / largeBytes:F1}x)");
    }

    private static void Report(string label, long bytes, Action parse)
    {
        parse(); // warm-up: JIT and tiered compilation
        parse();
        var runs = new List<double>();
        var total = Stopwatch.StartNew();
        while (runs.Count < 5 || (total.Elapsed < TimeSpan.FromSeconds(10) && runs.Count < 50))
        {
            var sw = Stopwatch.StartNew();
            parse();
            runs.Add(sw.Elapsed.TotalSeconds);
        }

        runs.Sort();
        var median = runs[runs.Count / 2];
        Console.WriteLine($"platform {label}: {bytes / 1e6:F2} MB in {median * 1000:F1} ms (median of {runs.Count}) = {bytes / 1e6 / median:F1} MB/s");
    }
}
