using Microsoft.Data.Sqlite;
using Platform.Kernel.Storage;

namespace Platform.Kernel.Tests.Storage;

/// <summary>
/// The whole storage contract against a file made before grain_state became a rowid table: its WITHOUT ROWID table
/// is kept, and the same statements must serve it.
/// </summary>
public sealed class SqliteGrainStorageOnOldSchemaTests : GrainStorageContract
{
    private readonly string _directory = Directory.CreateTempSubdirectory("platform-kernel-test-").FullName;

    public SqliteGrainStorageOnOldSchemaTests()
    {
        using var connection = new SqliteConnection($"Data Source={Settings.SqlitePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE grain_state (key BLOB PRIMARY KEY, etag TEXT NOT NULL, data BLOB NOT NULL) WITHOUT ROWID;";
        command.ExecuteNonQuery();
    }

    protected override StorageSettings Settings => Support.TestSilo.Sqlite(_directory);

    protected override IEnumerable<string> FilesAtRest() => Directory.EnumerateFiles(_directory);

    public override Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
