using Microsoft.Data.Sqlite;

namespace Platform.Kernel.Storage.Sqlite;

/// <summary><see cref="ISealStore"/> as one table of the embedded database.</summary>
public sealed class SqliteSealStore : ISealStore
{
    private readonly SqliteDatabase _database;

    public SqliteSealStore(SqliteDatabase database)
    {
        _database = database;
        using var connection = database.Open();
        SqliteDatabase.Execute(connection, "CREATE TABLE IF NOT EXISTS seal (key TEXT PRIMARY KEY, value BLOB NOT NULL);");
    }

    public async Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return Read(connection, key);
    }

    public byte[]? Get(string key)
    {
        using var connection = _database.Open();
        return Read(connection, key);
    }

    public async Task PutAsync(string key, byte[] value, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO seal (key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value;";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> TryAddAsync(string key, byte[] value, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO seal (key, value) VALUES ($key, $value) ON CONFLICT(key) DO NOTHING;";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static byte[]? Read(SqliteConnection connection, string key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM seal WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as byte[];
    }
}
