using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Platform.Kernel.Storage.Sqlite;

/// <summary>
/// Group commit for the embedded database: every grain-state write goes through one writer connection on its own
/// thread, which takes whatever writes are waiting, runs them in one transaction and commits once. With
/// <c>synchronous=FULL</c> each commit costs an fsync of the WAL; one fsync per batch instead of one per write is what
/// lets many concurrent writers stay durable (a write is acknowledged only after its batch's commit returned) without
/// paying the disk's flush time each. A statement that throws rolls its batch back, and the batch is then replayed
/// one statement per transaction so only the faulty one fails.
/// </summary>
public sealed class SqliteWriteQueue : IDisposable
{
    /// <summary>Bounds a transaction's size so one commit never holds the write lock for long.</summary>
    private const int MaxBatch = 256;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SqliteConnection _connection;
    private readonly SqliteWriter _statements;
    private readonly Thread _writer;

    public SqliteWriteQueue(SqliteDatabase database)
    {
        // SQLite's default page cache (2 MiB). A bigger one (64 MiB was tried) costs more than it saves: every commit
        // ends by scanning the whole cache's hash table for pages past the end of the file (pcache1TruncateUnsafe,
        // 5% of token-create CPU), while the OS page cache serves the re-reads cheaply.
        _connection = database.Open();
        _statements = new SqliteWriter(_connection);
        _writer = new Thread(Run) { IsBackground = true, Name = "sqlite-writer" };
        _writer.Start();
    }

    /// <summary>
    /// Runs <paramref name="statement"/> on the writer connection inside a batch transaction; completes after the
    /// batch committed. The statement must only use the commands it is given and must not manage transactions.
    /// </summary>
    public Task<T> ExecuteAsync<T>(Func<SqliteWriter, T> statement)
    {
        var pending = new Pending(writer => statement(writer));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(SqliteWriteQueue));
        }

        return Unwrap<T>(pending.Completion.Task);
    }

    /// <summary>Lets the writes already queued commit, then closes the writer connection.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writer.Join();
        _statements.Dispose();
        _connection.Dispose();
    }

    private static async Task<T> Unwrap<T>(Task<object?> task) => (T)(await task)!;

    private void Run()
    {
        var batch = new List<Pending>(MaxBatch);
        var reader = _queue.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                CommitTogether(batch);
            }
            catch (Exception)
            {
                // Something in the batch failed and the whole transaction rolled back: give every statement its own
                // transaction so each gets its own outcome.
                foreach (var pending in batch)
                {
                    CommitAlone(pending);
                }
            }
        }
    }

    private void CommitTogether(List<Pending> batch)
    {
        var results = new object?[batch.Count];
        using (var transaction = _connection.BeginTransaction(deferred: false))
        {
            _statements.Transaction = transaction;
            for (var i = 0; i < batch.Count; i++)
            {
                results[i] = batch[i].Statement(_statements);
            }

            transaction.Commit();
        }

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Completion.SetResult(results[i]);
        }
    }

    private void CommitAlone(Pending pending)
    {
        try
        {
            object? result;
            using (var transaction = _connection.BeginTransaction(deferred: false))
            {
                _statements.Transaction = transaction;
                result = pending.Statement(_statements);
                transaction.Commit();
            }

            pending.Completion.SetResult(result);
        }
        catch (Exception exception)
        {
            pending.Completion.SetException(exception);
        }
    }

    private sealed record Pending(Func<SqliteWriter, object?> Statement)
    {
        public TaskCompletionSource<object?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
