using System.Diagnostics;
using System.Net;
using System.Text;

namespace Platform.Api.Benchmarks.Load;

/// <summary>
/// Closed-loop load: <see cref="LoadOptions.Clients"/> workers, each on its own keep-alive connection, each sending
/// the next request as soon as the previous response has fully arrived. A warm-up phase (JIT, connection setup,
/// grain activation) runs first on the same connections and is not counted. Latency is measured per request from
/// the first byte sent to the last byte received. A <c>{client}</c> in the URL becomes the worker's number, so
/// writers can each own a key (as separate applications would) instead of queueing on one.
/// </summary>
internal static class HttpLoadRun
{
    public static async Task<LoadResult> RunAsync(LoadOptions options, CancellationToken cancellationToken)
    {
        var endpoint = await ResolveAsync(options.Url, cancellationToken);
        var requests = Enumerable.Range(0, options.Clients).Select(i => BuildRequest(options, i)).ToArray();
        var connections = new RawHttpConnection[options.Clients];
        for (var i = 0; i < connections.Length; i++)
        {
            connections[i] = await RawHttpConnection.OpenAsync(endpoint, requests[i], cancellationToken);
        }

        try
        {
            await RunPhaseAsync(connections, endpoint, requests, options, options.Warmup, cancellationToken);
            var serverCpuBefore = ProcessCpuClock.Read(options.ServerPid);
            var clientCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            var workers = await RunPhaseAsync(connections, endpoint, requests, options, options.Duration, cancellationToken);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var serverCpu = ProcessCpuClock.Read(options.ServerPid) - serverCpuBefore;
            var clientCpu = Process.GetCurrentProcess().TotalProcessorTime - clientCpuBefore;

            var latencies = workers.SelectMany(w => w.Latencies).ToArray();
            Array.Sort(latencies);
            var errors = workers.Sum(w => w.Errors);
            var completed = latencies.Length;
            return new LoadResult(
                options.Label, options.Clients, completed, errors, seconds,
                LatencySummary.PercentileMs(latencies, 0.50), LatencySummary.PercentileMs(latencies, 0.99), LatencySummary.MaxMs(latencies),
                completed > 0 && options.ServerPid > 0 ? serverCpu.TotalMicroseconds / completed : 0,
                completed > 0 ? clientCpu.TotalMicroseconds / completed : 0);
        }
        finally
        {
            foreach (var connection in connections)
            {
                connection.Dispose();
            }
        }
    }

    /// <summary>Sends one request and returns the status and body, to check a target before loading it.</summary>
    public static async Task<(int Status, string Body)> ProbeAsync(LoadOptions options, CancellationToken cancellationToken)
    {
        var endpoint = await ResolveAsync(options.Url, cancellationToken);
        using var connection = await RawHttpConnection.OpenAsync(endpoint, BuildRequest(options, 0), cancellationToken);
        using var body = new MemoryStream();
        var status = await connection.SendAsync(cancellationToken, body);
        return (status, Encoding.UTF8.GetString(body.ToArray()));
    }

    private static async Task<WorkerTally[]> RunPhaseAsync(
        RawHttpConnection[] connections, IPEndPoint endpoint, byte[][] requests, LoadOptions options, TimeSpan length, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, connections.Length)
            .Select(i => Task.Run(() => RunWorkerAsync(connections, i, endpoint, requests[i], options.ExpectedStatus, deadline, cancellationToken), cancellationToken));
        return await Task.WhenAll(workers);
    }

    private static async Task<WorkerTally> RunWorkerAsync(
        RawHttpConnection[] connections, int index, IPEndPoint endpoint, byte[] request, int expectedStatus, long deadline, CancellationToken cancellationToken)
    {
        var tally = new WorkerTally();
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                var status = await connections[index].SendAsync(cancellationToken);
                if (status == expectedStatus)
                {
                    tally.Latencies.Add(Stopwatch.GetTimestamp() - started);
                }
                else
                {
                    tally.Errors++;
                }
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException or System.Net.Sockets.SocketException)
            {
                // A dropped connection is an error of this request; the worker carries on with a fresh one.
                tally.Errors++;
                connections[index].Dispose();
                connections[index] = await RawHttpConnection.OpenAsync(endpoint, request, cancellationToken);
            }
        }

        return tally;
    }

    private static byte[] BuildRequest(LoadOptions options, int client)
    {
        var body = options.Body is null ? [] : Encoding.UTF8.GetBytes(options.Body);
        var number = client.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var target = options.Url.PathAndQuery.Replace("%7Bclient%7D", number, StringComparison.OrdinalIgnoreCase).Replace("{client}", number, StringComparison.Ordinal);
        var head = new StringBuilder()
            .Append($"{options.Method} {target} HTTP/1.1\r\n")
            .Append($"Host: {options.Url.Authority}\r\n");
        foreach (var header in options.Headers)
        {
            head.Append(header).Append("\r\n");
        }

        if (options.Body is not null || options.Method is "POST" or "PUT")
        {
            head.Append("Content-Type: application/json\r\n").Append($"Content-Length: {body.Length}\r\n");
        }

        head.Append("\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. body];
    }

    private static async Task<IPEndPoint> ResolveAsync(Uri url, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(url.Host, out var address))
        {
            return new IPEndPoint(address, url.Port);
        }

        var addresses = await Dns.GetHostAddressesAsync(url.Host, cancellationToken);
        return new IPEndPoint(addresses[0], url.Port);
    }

    private sealed class WorkerTally
    {
        public List<long> Latencies { get; } = new(capacity: 1 << 16);

        public long Errors { get; set; }
    }
}
