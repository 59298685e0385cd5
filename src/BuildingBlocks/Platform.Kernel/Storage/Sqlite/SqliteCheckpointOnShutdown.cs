using Orleans.Runtime;

namespace Platform.Kernel.Storage.Sqlite;

/// <summary>
/// Graceful shutdown flushes storage: once the silo has deactivated its grains (their last writes are committed),
/// the WAL is checkpointed into the database file and truncated, so the data directory is a single self-contained
/// file after a clean stop. Subscribed at the earliest stage because stages stop in reverse order.
/// </summary>
public sealed class SqliteCheckpointOnShutdown(SqliteDatabase database) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(
            nameof(SqliteCheckpointOnShutdown),
            ServiceLifecycleStage.RuntimeInitialize,
            _ => Task.CompletedTask,
            _ =>
            {
                database.Checkpoint();
                return Task.CompletedTask;
            });
}
