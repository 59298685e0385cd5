using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Platform.Kernel.Storage;
using Platform.Kernel.Storage.Sqlite;

namespace Platform.Storage.Benchmarks;

/// <summary>
/// Durable writes per second, each side for a fixed time with N concurrent writers: raw single-row SQLite inserts
/// (WAL, synchronous=FULL, one implicit transaction per row: the ceiling for anything durable on this disk) and
/// grain state writes through a real silo, barrier-encrypted, on SQLite or Redis.
/// </summary>
public static class WriteThroughputRun
{
    public static async Task RawSqliteAsync(int writers, TimeSpan duration)
    {
        var directory = Directory.CreateTempSubdirectory("platform-bench-");
        try
        {
            var database = new SqliteDatabase(Path.Combine(directory.FullName, "raw.db"));
            using (var connection = database.Open())
            {
                SqliteDatabase.Execute(connection, "CREATE TABLE rows (key BLOB PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;");
            }

            var payload = RandomNumberGenerator.GetBytes(260);
            var count = await RunAsync(writers, duration, async (_, cancellation) =>
            {
                await using var connection = await database.OpenAsync(CancellationToken.None);
                await using var command = connection.CreateCommand();
                command.CommandText = "INSERT INTO rows (key, data) VALUES ($key, $data);";
                command.Parameters.AddWithValue("$key", RandomNumberGenerator.GetBytes(32));
                command.Parameters.AddWithValue("$data", payload);
                await command.ExecuteNonQueryAsync(cancellation);
            });
            Report($"raw sqlite insert (WAL, synchronous=FULL), {writers} writers", count, duration);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    public static async Task GrainWritesAsync(StorageSettings storage, string label, int writers, TimeSpan duration)
    {
        var barrier = new AesGcmBarrier();
        barrier.Install(new Dictionary<uint, byte[]> { [1] = RandomNumberGenerator.GetBytes(32) }, 1);
        var clusterId = "bench-" + Guid.NewGuid().ToString("N")[..8];
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IBarrier>(barrier);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(options => (options.ClusterId, options.ServiceId) = (clusterId, clusterId));
            silo.AddPlatformStorage(storage, new ClusterSettings { SiloPort = FreePort(), GatewayPort = 0, AdvertiseAddress = "127.0.0.1" });
        });
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        // Activate every grain first, so the run measures writes, not first reads.
        await Task.WhenAll(Enumerable.Range(0, writers).Select(i => grains.GetGrain<ICounterGrain>(i).IncrementAsync()));

        var count = await RunAsync(writers, duration, (writer, _) => grains.GetGrain<ICounterGrain>(writer).IncrementAsync());
        Report($"encrypted grain writes on {label}, {writers} writers", count, duration);
        await host.StopAsync();
    }

    private static async Task<long> RunAsync(int writers, TimeSpan duration, Func<int, CancellationToken, Task> write)
    {
        long count = 0;
        using var stop = new CancellationTokenSource(duration);
        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await write(writer, CancellationToken.None);
                Interlocked.Increment(ref count);
            }
        })));
        return count;
    }

    private static void Report(string label, long count, TimeSpan duration) =>
        Console.WriteLine($"{label}: {count / duration.TotalSeconds:F0} writes/s ({count} in {duration.TotalSeconds:F0} s)");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
