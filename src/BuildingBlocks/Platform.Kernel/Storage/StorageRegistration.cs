using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Persistence;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Storage;
using Platform.Kernel.Storage.Barrier;
using Platform.Kernel.Storage.Redis;
using Platform.Kernel.Storage.Sqlite;
using StackExchange.Redis;

namespace Platform.Kernel.Storage;

/// <summary>
/// Wires the configured backend: Orleans grain storage (named <see cref="StorageSettings.ProviderName"/>, always
/// behind the barrier), reminders, clustering and the seal store. The host registers the one <see cref="IBarrier"/>.
/// </summary>
public static class StorageRegistration
{
    /// <summary>The Redis provider underneath the barrier decorator. Registered under its own name only because
    /// Orleans starts a provider's connection through that registration; grains never name it.</summary>
    private const string RedisInnerProviderName = StorageSettings.ProviderName + ".redis-inner";

    public static ISiloBuilder AddPlatformStorage(this ISiloBuilder silo, StorageSettings settings, ClusterSettings cluster)
    {
        silo.Services.AddSingleton(provider => new BarrierGrainStorageSerializer(
            provider.GetRequiredService<IBarrier>(),
            new OrleansGrainStorageSerializer(provider.GetRequiredService<Serializer>())));
        silo.AddOutgoingGrainCallFilter<BarrierFailureCallFilter>();
        switch (settings.Kind)
        {
            case StorageKind.Sqlite:
                AddSqlite(silo, settings, cluster);
                break;
            case StorageKind.Redis:
                AddRedis(silo, settings, cluster);
                break;
            default:
                throw new NotSupportedException($"Storage backend '{settings.Kind}' is not supported.");
        }

        return silo;
    }

    private static void AddSqlite(ISiloBuilder silo, StorageSettings settings, ClusterSettings cluster)
    {
        var database = new SqliteDatabase(settings.SqlitePath ?? throw new ArgumentException("SQLite storage needs a path."));
        silo.Services.AddSingleton(database);
        silo.Services.AddSingleton<ISealStore, SqliteSealStore>();
        // Created by the container so it is disposed (queued writes committed, writer connection closed) on shutdown.
        silo.Services.AddSingleton(_ => new SqliteWriteQueue(database));
        silo.Services.AddGrainStorage(StorageSettings.ProviderName, (provider, _) => new BarrierGrainStorage(
            new SqliteGrainStorage(database, provider.GetRequiredService<SqliteWriteQueue>(), provider.GetRequiredService<BarrierGrainStorageSerializer>()),
            provider.GetRequiredService<IBarrier>()));
        silo.Services.AddReminders();
        silo.Services.AddSingleton<IReminderTable>(new SqliteReminderTable(database));
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(new SqliteCheckpointOnShutdown(database));
        // One node: the embedded file cannot be shared, so membership is this process alone.
        silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort);
    }

    private static void AddRedis(ISiloBuilder silo, StorageSettings settings, ClusterSettings cluster)
    {
        var address = settings.RedisAddress ?? throw new ArgumentException("Redis storage needs an address (host:port).");
        var redis = ConfigurationOptions.Parse(address);

        silo.Services.AddSingleton<ISealStore>(provider => new RedisSealStore(
            ConnectionMultiplexer.Connect(redis.Clone()),
            provider.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId));

        silo.AddRedisGrainStorage(RedisInnerProviderName, options => options.Configure<IServiceProvider>((storage, provider) =>
        {
            storage.ConfigurationOptions = redis.Clone();
            storage.GrainStorageSerializer = provider.GetRequiredService<BarrierGrainStorageSerializer>();
            storage.DeleteStateOnClear = true;
            var prefix = $"{provider.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId}/state/";
            storage.GetStorageKey = (stateName, grainId) => prefix + GrainStateKey.HashHex(stateName, grainId);
        }));
        silo.Services.AddGrainStorage(StorageSettings.ProviderName, (provider, _) => new BarrierGrainStorage(
            provider.GetRequiredKeyedService<IGrainStorage>(RedisInnerProviderName),
            provider.GetRequiredService<IBarrier>()));

        silo.UseRedisReminderService(options => options.ConfigurationOptions = redis.Clone());
        silo.UseRedisClustering(options => options.ConfigurationOptions = redis.Clone());
        ConfigureEndpoints(silo, cluster);

        // Measured on this machine kind (PEERS.md): with these a killed node is declared dead in under 2 s and its
        // grains are back on a survivor within 2 s more; the defaults take 11–15 s and calls hang for 30 s.
        silo.Configure<ClusterMembershipOptions>(options =>
        {
            options.ProbeTimeout = TimeSpan.FromSeconds(1);
            options.NumMissedProbesLimit = 2;
            options.TableRefreshTimeout = TimeSpan.FromSeconds(2);
            options.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(10);
            options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
        });
        silo.Configure<SiloMessagingOptions>(options => options.ResponseTimeout = TimeSpan.FromSeconds(5));
    }

    private static void ConfigureEndpoints(ISiloBuilder silo, ClusterSettings cluster)
    {
        if (cluster.AdvertiseAddress is null)
        {
            silo.ConfigureEndpoints(cluster.SiloPort, cluster.GatewayPort);
            return;
        }

        var advertised = IPAddress.TryParse(cluster.AdvertiseAddress, out var ip)
            ? ip
            : Dns.GetHostAddresses(cluster.AdvertiseAddress).FirstOrDefault()
                ?? throw new ArgumentException($"cluster advertise address '{cluster.AdvertiseAddress}' does not resolve.");
        silo.ConfigureEndpoints(advertised, cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: true);
    }
}
