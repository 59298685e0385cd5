using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Storage.Sqlite;

namespace Platform.Kernel.Storage;

/// <summary>
/// Wires the configured backend: Orleans grain storage (named <see cref="StorageSettings.ProviderName"/>, always
/// behind the barrier), reminders, clustering and the seal store.
/// </summary>
public static class StorageRegistration
{
    public static ISiloBuilder AddPlatformStorage(this ISiloBuilder silo, StorageSettings settings, ClusterSettings cluster)
    {
        switch (settings.Kind)
        {
            case StorageKind.Sqlite:
                var database = new SqliteDatabase(settings.SqlitePath ?? throw new ArgumentException("SQLite storage needs a path."));
                silo.Services.AddSingleton(database);
                silo.Services.AddSingleton<ISealStore, SqliteSealStore>();
                silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort);
                // Interim: grain storage and reminders on SQLite behind the barrier are the next step.
                silo.UseInMemoryReminderService();
                break;
            default:
                throw new NotSupportedException($"Storage backend '{settings.Kind}' is not available yet.");
        }

        return silo;
    }
}
