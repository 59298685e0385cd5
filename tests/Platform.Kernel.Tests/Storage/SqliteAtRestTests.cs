using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Storage;
using Platform.Kernel.Storage.Sqlite;
using Platform.Kernel.Tests.Support;

namespace Platform.Kernel.Tests.Storage;

/// <summary>What an attacker with the SQLite file can and cannot do, and what a clean shutdown leaves behind.</summary>
public sealed class SqliteAtRestTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("platform-kernel-test-").FullName;
    private readonly TestKeyring _keyring = new();

    private string DatabasePath => Path.Combine(_directory, "platform.db");

    [Fact]
    public async Task ReadState_CiphertextMovedFromAnotherGrain_ThrowsIntegrity()
    {
        await using (var silo = await StartAsync())
        {
            await silo.Grains.GetGrain<IMarkerGrain>("victim").SetAsync("victim value");
            await silo.Grains.GetGrain<IMarkerGrain>("attacker").SetAsync("attacker value");
        }

        // Copy every row's ciphertext over every other row: each now holds a valid ciphertext of another grain.
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE grain_state SET data = (SELECT data FROM grain_state AS other WHERE other.key <> grain_state.key);";
            Assert.Equal(2, await command.ExecuteNonQueryAsync());
        }

        await using var restarted = await StartAsync();

        await Assert.ThrowsAsync<BarrierIntegrityException>(() => restarted.Grains.GetGrain<IMarkerGrain>("victim").GetAsync());
    }

    [Fact]
    public async Task Shutdown_Graceful_CheckpointsTheWalIntoTheDatabase()
    {
        await using (var silo = await StartAsync())
        {
            await silo.Grains.GetGrain<IMarkerGrain>("flushed").SetAsync("in the main file");
            Assert.True(new FileInfo(DatabasePath + "-wal").Length > 0);
        }

        var wal = new FileInfo(DatabasePath + "-wal");
        Assert.True(!wal.Exists || wal.Length == 0, $"WAL still holds {wal.Length} bytes after a graceful stop.");
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM grain_state;";
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ReminderTable_RangeReads_WrapAroundTheHashRing()
    {
        await using var silo = await StartAsync();
        var table = silo.Services.GetRequiredService<IReminderTable>();
        var grains = Enumerable.Range(0, 50).Select(i => GrainId.Create("marker", $"ring-{i}")).ToList();
        foreach (var grain in grains)
        {
            await table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "r", StartAt = DateTime.UtcNow, Period = TimeSpan.FromMinutes(1) });
        }

        var split = grains[0].GetUniformHashCode();
        var before = unchecked(split - 1);
        var allButOne = await table.ReadRows(split, before);
        var justOne = await table.ReadRows(before, split);
        var everything = await table.ReadRows(split, split);

        Assert.Equal(50, everything.Reminders.Count);
        Assert.Equal(49, allButOne.Reminders.Count);
        Assert.Equal(grains[0], Assert.Single(justOne.Reminders).GrainId);
    }

    [Fact]
    public async Task ReminderTable_RemoveWithStaleEtag_KeepsTheRow()
    {
        await using var silo = await StartAsync();
        var table = silo.Services.GetRequiredService<IReminderTable>();
        var grain = GrainId.Create("marker", "etag");
        var entry = new ReminderEntry { GrainId = grain, ReminderName = "r", StartAt = DateTime.UtcNow, Period = TimeSpan.FromMinutes(1) };
        var first = await table.UpsertRow(entry);
        var second = await table.UpsertRow(entry);

        Assert.False(await table.RemoveRow(grain, "r", first!));
        Assert.NotNull(await table.ReadRow(grain, "r"));
        Assert.True(await table.RemoveRow(grain, "r", second!));
        Assert.Null(await table.ReadRow(grain, "r"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private Task<TestSilo> StartAsync() => TestSilo.StartAsync(TestSilo.Sqlite(_directory), _keyring, "sqlite-at-rest");
}
