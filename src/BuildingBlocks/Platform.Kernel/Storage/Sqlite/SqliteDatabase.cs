using Microsoft.Data.Sqlite;

namespace Platform.Kernel.Storage.Sqlite;

/// <summary>
/// The embedded backend's one database file, in WAL mode. Connections are pooled by Microsoft.Data.Sqlite; every
/// connection that may write is opened with <c>synchronous=FULL</c> so an acknowledged write survives a kill -9 and a
/// power cut, and with a busy timeout so concurrent writers queue instead of failing (<see cref="OpenReaderAsync"/>
/// skips both).
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;

    public SqliteDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
    }

    public string Path { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;");
        return connection;
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        Execute(connection, "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;");
        return connection;
    }

    /// <summary>
    /// A pooled connection that only reads. It runs no statement on open: a WAL reader never writes, so
    /// <c>synchronous</c> does not concern it, and Microsoft.Data.Sqlite itself retries a busy read for the command
    /// timeout. Every grain activation reads its state through one, so the two pragmas were a cost per activation.
    /// </summary>
    public async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>Copies the WAL into the database file and empties it (graceful shutdown).</summary>
    public void Checkpoint()
    {
        using var connection = Open();
        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
