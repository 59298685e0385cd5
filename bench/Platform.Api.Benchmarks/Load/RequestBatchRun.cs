using System.Diagnostics;
using System.Net;
using System.Text;

namespace Platform.Api.Benchmarks.Load;

/// <summary>
/// Sends a fixed list of requests (each once) over N keep-alive connections and reports how long the whole batch
/// took: for filling a store (100k token creates) and for operations that consume what they touch (revoking
/// distinct leases), where a timed loop over one request does not fit. Optionally keeps every response body.
/// </summary>
internal static class RequestBatchRun
{
    public sealed record Outcome(int Sent, int Errors, TimeSpan Elapsed, double P50Ms, double P99Ms)
    {
        public double PerSecond => Sent / Elapsed.TotalSeconds;
    }

    /// <param name="bodies">One request body per request.</param>
    /// <param name="responses">When not null, every response body (one per line, in no particular order).</param>
    public static async Task<Outcome> RunAsync(
        Uri url, string method, IReadOnlyList<string> headers, IReadOnlyList<string> bodies, int clients, int expectedStatus,
        TextWriter? responses, CancellationToken cancellationToken)
    {
        var endpoint = new IPEndPoint(IPAddress.Parse(url.Host), url.Port);
        var next = -1;
        var errors = 0;
        var latencies = new long[bodies.Count];
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            using var capture = new MemoryStream();
            using var connection = await RawHttpConnection.OpenAsync(endpoint, [], cancellationToken);
            while (Interlocked.Increment(ref next) is var index && index < bodies.Count)
            {
                var started = Stopwatch.GetTimestamp();
                capture.SetLength(0);
                var status = await connection.SendAsync(BuildRequest(url, method, headers, bodies[index]), cancellationToken, responses is null ? null : capture);
                latencies[index] = Stopwatch.GetTimestamp() - started;
                if (status != expectedStatus)
                {
                    Interlocked.Increment(ref errors);
                }
                else if (responses is not null)
                {
                    var text = Encoding.UTF8.GetString(capture.GetBuffer(), 0, (int)capture.Length);
                    lock (responses)
                    {
                        responses.WriteLine(text.ReplaceLineEndings(" "));
                    }
                }
            }
        }, cancellationToken));
        await Task.WhenAll(workers);
        clock.Stop();
        Array.Sort(latencies);
        return new Outcome(bodies.Count, errors, clock.Elapsed, Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    private static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * p))] * 1000.0 / Stopwatch.Frequency;

    private static byte[] BuildRequest(Uri url, string method, IReadOnlyList<string> headers, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = new StringBuilder()
            .Append($"{method} {url.PathAndQuery} HTTP/1.1\r\n")
            .Append($"Host: {url.Authority}\r\n");
        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        head.Append("Content-Type: application/json\r\n").Append($"Content-Length: {bytes.Length}\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. bytes];
    }
}
