using Microsoft.Data.Sqlite;

namespace Platform.Kernel.Storage.Sqlite;

/// <summary>
/// What a statement of <see cref="SqliteWriteQueue"/> works with on the writer thread: commands in the batch's
/// transaction, one per SQL text, kept for the connection's life so SQLite parses each text once and every later
/// write only binds and runs it (parsing was ~2% of a token create's CPU). Used by the writer thread only.
/// </summary>
public sealed class SqliteWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    internal SqliteWriter(SqliteConnection connection) => _connection = connection;

    internal SqliteTransaction? Transaction { get; set; }

    /// <summary>The command for <paramref name="sql"/>, in the current transaction, with no parameters bound.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            _commands.Add(sql, command);
        }

        command.Transaction = Transaction;
        command.Parameters.Clear();
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
