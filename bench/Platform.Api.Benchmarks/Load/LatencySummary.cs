using System.Diagnostics;

namespace Platform.Api.Benchmarks.Load;

/// <summary>Percentiles of Stopwatch-tick latencies, in milliseconds (nearest-rank: p99 is a latency a request really had).</summary>
internal static class LatencySummary
{
    public static double PercentileMs(long[] sorted, double fraction) =>
        sorted.Length == 0 ? 0 : Milliseconds(sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(fraction * sorted.Length) - 1))]);

    public static double MaxMs(long[] sorted) => sorted.Length == 0 ? 0 : Milliseconds(sorted[^1]);

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
