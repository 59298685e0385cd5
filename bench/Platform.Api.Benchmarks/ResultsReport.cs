using System.Globalization;
using Platform.Api.Benchmarks.Load;

namespace Platform.Api.Benchmarks;

/// <summary>
/// Prints the collected rows as one Markdown table (ready for docs/benchmarks.md) followed by the issue's targets,
/// each computed from rows of this same run: lookup-self at ≥ 50% of the bare endpoint's req/s with p99 under 5 ms at
/// 32 clients, and token create within 2x of the best raw SQLite insert rate (issue 3); KV v2 reads at ≥ 50% of the
/// bare endpoint with p99 under 5 ms at 32 clients, and durable KV v2 writes at ≥ 2,000/s (issue 4).
/// </summary>
internal static class ResultsReport
{
    public const string Bare = "bare-kestrel";
    public const string LookupSelf = "lookup-self";
    public const string TokenCreate = "token-create";
    public const string SqlitePrefix = "sqlite-insert";
    public const string KvRead = "kv-read";
    public const string KvWrite = "kv-write";

    public static int Print(string resultsPath, TextWriter output)
    {
        var rows = File.ReadLines(resultsPath).Where(l => l.Length > 0).Select(LoadResult.FromTsv).ToList();
        output.WriteLine("| target | clients | req/s | p50 ms | p99 ms | max ms | errors | server CPU µs/req | client CPU µs/req |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Label} | {row.Clients} | {row.RequestsPerSecond:N0} | {row.P50Ms:0.00} | {row.P99Ms:0.00} | {row.MaxMs:0.0} | {row.Errors} | {row.ServerCpuUsPerRequest:0} | {row.ClientCpuUsPerRequest:0} |"));
        }

        output.WriteLine();
        var met = true;
        var bare = rows.LastOrDefault(r => r is { Label: Bare, Clients: 32 });
        foreach (var label in new[] { LookupSelf, KvRead })
        {
            if (bare is not null && rows.LastOrDefault(r => r.Label == label && r.Clients == 32) is { } read)
            {
                var share = read.RequestsPerSecond / bare.RequestsPerSecond;
                met &= Check(output, $"{label} at 32 clients: {share:P0} of bare Kestrel (target ≥ 50%)", share >= 0.5);
                met &= Check(output, $"{label} p99 at 32 clients: {read.P99Ms:0.00} ms (target < 5 ms)", read.P99Ms < 5);
            }
        }

        if (rows.Where(r => r.Label == KvWrite).MaxBy(r => r.RequestsPerSecond) is { } write)
        {
            met &= Check(output, string.Create(CultureInfo.InvariantCulture,
                $"kv-write (durable), best {write.RequestsPerSecond:N0}/s at {write.Clients} clients (target ≥ 2,000/s)"), write.RequestsPerSecond >= 2000);
        }

        var create = rows.Where(r => r.Label == TokenCreate).MaxBy(r => r.RequestsPerSecond);
        var sqlite = rows.Where(r => r.Label.StartsWith(SqlitePrefix, StringComparison.Ordinal)).MaxBy(r => r.RequestsPerSecond);
        if (create is not null && sqlite is not null)
        {
            var factor = sqlite.RequestsPerSecond / create.RequestsPerSecond;
            met &= Check(output, string.Create(CultureInfo.InvariantCulture,
                $"token create, best {create.RequestsPerSecond:N0}/s ({create.Clients} clients) vs raw SQLite insert, best {sqlite.RequestsPerSecond:N0}/s ({sqlite.Clients} writers, {sqlite.Label}): {factor:0.00}x slower (target ≤ 2x)"), factor <= 2);
        }

        var errors = rows.Sum(r => r.Errors);
        if (errors > 0)
        {
            output.WriteLine($"WARNING: {errors} requests failed or got an unexpected status; the rows above count only successes.");
        }

        return met && errors == 0 ? 0 : 1;
    }

    private static bool Check(TextWriter output, string text, bool met)
    {
        output.WriteLine($"{(met ? "MET   " : "MISSED")} {text}");
        return met;
    }
}
