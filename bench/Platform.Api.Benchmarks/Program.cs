using System.Net;
using BenchmarkDotNet.Running;
using Platform.Api.Benchmarks;
using Platform.Api.Benchmarks.Baselines;
using Platform.Api.Benchmarks.Load;

// Modes used by bench/api/run.sh; anything else goes to BenchmarkDotNet (the in-process micro-benchmarks).
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

switch (args)
{
    case ["bare", .. var rest]:
    {
        var options = new BenchArguments(rest);
        var body = await File.ReadAllBytesAsync(options.Required("body"));
        await BareKestrelEndpoint.RunAsync(IPEndPoint.Parse(options.Required("listen")), body, stop.Token);
        return 0;
    }

    case ["probe", .. var rest]:
    {
        try
        {
            var (status, body) = await HttpLoadRun.ProbeAsync(LoadOptionsFrom(new BenchArguments(rest)), stop.Token);
            Console.Error.WriteLine($"HTTP {status}");
            Console.Out.Write(body);
            return status is >= 200 and < 300 ? 0 : 1;
        }
        catch (System.Net.Sockets.SocketException exception)
        {
            // run.sh probes until a server listens: "connection refused" is an answer, not a crash.
            Console.Error.WriteLine($"no answer: {exception.Message}");
            return 1;
        }
    }

    case ["load", .. var rest]:
    {
        var options = new BenchArguments(rest);
        var result = await HttpLoadRun.RunAsync(LoadOptionsFrom(options), stop.Token);
        await File.AppendAllTextAsync(options.Required("results"), result.ToTsv() + "\n", stop.Token);
        Console.Error.WriteLine($"  {result.Label,-30} {result.Clients,3} clients: {result.RequestsPerSecond,9:N0} req/s  p50 {result.P50Ms:0.00} ms  p99 {result.P99Ms:0.00} ms  server CPU {result.ServerCpuUsPerRequest:0} µs/req  errors {result.Errors}");
        return 0;
    }

    case ["sqlite", .. var rest]:
    {
        var options = new BenchArguments(rest);
        var result = await SqliteInsertRun.RunAsync(
            options.Required("dir"), options.Int("writers", 1), options.Required("connection") == "shared",
            options.Seconds("warmup", 2), options.Seconds("duration", 8), stop.Token);
        await File.AppendAllTextAsync(options.Required("results"), result.ToTsv() + "\n", stop.Token);
        Console.Error.WriteLine($"  {result.Label,-30} {result.Clients,3} writers: {result.RequestsPerSecond,9:N0} rows/s  p50 {result.P50Ms:0.00} ms  p99 {result.P99Ms:0.00} ms");
        return 0;
    }

    case ["batch", .. var rest]:
    {
        // One request per line of --bodies (or --count copies of --body), each sent once; prints the batch's rate.
        var options = new BenchArguments(rest);
        var bodies = options.Optional("bodies") is { } file
            ? (IReadOnlyList<string>)await File.ReadAllLinesAsync(file, stop.Token)
            : Enumerable.Repeat(options.Required("body"), options.Int("count", 1)).ToList();
        await using var responses = options.Optional("responses") is { } path ? new StreamWriter(path) : null;
        var outcome = await RequestBatchRun.RunAsync(
            new Uri(options.Required("url")), options.Optional("method") ?? "POST", options.All("header"), bodies,
            options.Int("clients", 1), options.Int("expect", 200), responses, stop.Token);
        Console.Out.WriteLine($"{options.Optional("label") ?? "batch"}\t{outcome.Sent}\t{outcome.Errors}\t{outcome.Elapsed.TotalSeconds:0.00}\t{outcome.PerSecond:0}\t{outcome.P50Ms:0.00}\t{outcome.P99Ms:0.00}");
        return outcome.Errors == 0 ? 0 : 1;
    }

    case ["report", var resultsPath]:
        return ResultsReport.Print(resultsPath, Console.Out);

    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
}

static LoadOptions LoadOptionsFrom(BenchArguments options) => new()
{
    Label = options.Optional("label") ?? "probe",
    Url = new Uri(options.Required("url")),
    Method = options.Optional("method") ?? "GET",
    Headers = options.All("header"),
    Body = options.Optional("body"),
    Clients = options.Int("clients", 1),
    Warmup = options.Seconds("warmup", 2),
    Duration = options.Seconds("duration", 8),
    ExpectedStatus = options.Int("expect", 200),
    ServerPid = options.Int("server-pid", 0),
};
