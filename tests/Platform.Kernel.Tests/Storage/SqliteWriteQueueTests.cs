using Microsoft.Data.Sqlite;
using Platform.Kernel.Storage.Sqlite;

namespace Platform.Kernel.Tests.Storage;

/// <summary>Group commit: concurrent writes all land, one bad statement fails alone, disposal drains the queue.</summary>
public sealed class SqliteWriteQueueTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("platform-write-queue-").FullName;
    private readonly SqliteDatabase _database;

    public SqliteWriteQueueTests()
    {
        _database = new SqliteDatabase(Path.Combine(_directory, "platform.db"));
        using var connection = _database.Open();
        SqliteDatabase.Execute(connection, "CREATE TABLE rows (id INTEGER PRIMARY KEY, value TEXT NOT NULL);");
    }

    [Fact]
    public async Task ExecuteAsync_ManyConcurrentWriters_EveryAcknowledgedRowIsVisibleToAnotherConnection()
    {
        using var queue = new SqliteWriteQueue(_database);

        var writes = Enumerable.Range(1, 500).Select(id => Task.Run(() => queue.ExecuteAsync(writer => Insert(writer, id)))).ToArray();
        var affected = await Task.WhenAll(writes);

        Assert.All(affected, rows => Assert.Equal(1, rows));
        Assert.Equal(500L, CountRows());
    }

    [Fact]
    public async Task ExecuteAsync_OneStatementFailsAmongOthers_OnlyThatOneFailsAndTheRestCommit()
    {
        using var queue = new SqliteWriteQueue(_database);
        await queue.ExecuteAsync(writer => Insert(writer, 0));

        var writes = Enumerable.Range(1, 100).Select(id => queue.ExecuteAsync(writer => Insert(writer, id == 50 ? 0 : id))).ToArray();
        var outcomes = await Task.WhenAll(writes.Select(w => w.ContinueWith(t => t)));

        var failed = Assert.Single(outcomes, t => t.IsFaulted);
        Assert.IsType<SqliteException>(failed.Exception!.InnerException);
        Assert.Equal(100L, CountRows());
    }

    [Fact]
    public async Task Dispose_WithWritesStillQueued_CommitsThemBeforeClosing()
    {
        var queue = new SqliteWriteQueue(_database);
        var writes = Enumerable.Range(1, 200).Select(id => queue.ExecuteAsync(writer => Insert(writer, id))).ToArray();

        queue.Dispose();

        await Task.WhenAll(writes);
        Assert.Equal(200L, CountRows());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => queue.ExecuteAsync(writer => Insert(writer, 999)));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static int Insert(SqliteWriter writer, int id)
    {
        var command = writer.Command("INSERT INTO rows (id, value) VALUES ($id, 'v');");
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteNonQuery();
    }

    private long CountRows()
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM rows;";
        return (long)command.ExecuteScalar()!;
    }
}
