using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Platform.Api.Benchmarks.Load;
using Platform.Kernel.Storage.Sqlite;

namespace Platform.Api.Benchmarks.Baselines;

/// <summary>
/// The write baseline: single-row inserts, each its own committed transaction, through the platform's own
/// <see cref="SqliteDatabase"/> (WAL, <c>synchronous=FULL</c>, busy timeout), so every acknowledged row is as durable
/// as a grain write. Two shapes: every writer on its own pooled connection (SQLite serialises them on the WAL write
/// lock and its busy handler), and all writers taking turns on one connection (the best a single process can do
/// without batching). The row is the size of an encrypted token record.
/// </summary>
internal static class SqliteInsertRun
{
    private const int RowBytes = 512;

    public static async Task<LoadResult> RunAsync(string directory, int writers, bool sharedConnection, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, $"insert-{(sharedConnection ? "shared" : "pooled")}-{writers}.db");
        var database = new SqliteDatabase(path);
        using (var setup = database.Open())
        {
            SqliteDatabase.Execute(setup, "CREATE TABLE IF NOT EXISTS rows (id TEXT PRIMARY KEY, etag INTEGER NOT NULL, data BLOB NOT NULL);");
        }

        var label = sharedConnection ? "sqlite-insert (1 connection)" : "sqlite-insert (connection each)";
        using var shared = sharedConnection ? database.Open() : null;
        using var turn = new SemaphoreSlim(1, 1);
        await RunPhaseAsync(database, shared, turn, writers, warmup, cancellationToken);
        var clientCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var latencies = (await RunPhaseAsync(database, shared, turn, writers, duration, cancellationToken)).SelectMany(l => l).ToArray();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - clientCpuBefore;
        Array.Sort(latencies);
        SqliteConnection.ClearAllPools();
        return new LoadResult(label, writers, latencies.Length, 0, seconds,
            LatencySummary.PercentileMs(latencies, 0.50), LatencySummary.PercentileMs(latencies, 0.99), LatencySummary.MaxMs(latencies),
            latencies.Length > 0 ? cpu.TotalMicroseconds / latencies.Length : 0, 0);
    }

    private static async Task<List<long>[]> RunPhaseAsync(SqliteDatabase database, SqliteConnection? shared, SemaphoreSlim turn, int writers, TimeSpan length, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var tasks = Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<long>();
            using var own = shared is null ? database.Open() : null;
            var connection = own ?? shared!;
            var data = RandomNumberGenerator.GetBytes(RowBytes);
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var started = Stopwatch.GetTimestamp();
                if (shared is not null)
                {
                    await turn.WaitAsync(cancellationToken);
                }

                try
                {
                    using var insert = connection.CreateCommand();
                    insert.CommandText = "INSERT INTO rows (id, etag, data) VALUES ($id, 1, $data);";
                    insert.Parameters.AddWithValue("$id", Guid.NewGuid().ToString("N"));
                    insert.Parameters.AddWithValue("$data", data);
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }
                finally
                {
                    if (shared is not null)
                    {
                        turn.Release();
                    }
                }

                latencies.Add(Stopwatch.GetTimestamp() - started);
            }

            return latencies;
        }, cancellationToken));
        return await Task.WhenAll(tasks);
    }
}
