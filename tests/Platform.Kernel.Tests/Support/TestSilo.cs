using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Storage;
using Platform.Kernel.Storage;

namespace Platform.Kernel.Tests.Support;

/// <summary>
/// One real Orleans silo in this process with <see cref="StorageRegistration.AddPlatformStorage"/> on the given
/// backend and an unsealed barrier from <see cref="TestKeyring"/>. Restart = dispose and start again on the same settings.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private TestSilo(IHost host, AesGcmBarrier barrier)
    {
        _host = host;
        Barrier = barrier;
    }

    public AesGcmBarrier Barrier { get; }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _host.Services;

    /// <summary>The provider grains use (<see cref="StorageSettings.ProviderName"/>): the barrier decorator and its backend.</summary>
    public IGrainStorage Storage => _host.Services.GetRequiredKeyedService<IGrainStorage>(StorageSettings.ProviderName);

    public static StorageSettings Sqlite(string directory) =>
        new() { Kind = StorageKind.Sqlite, SqlitePath = Path.Combine(directory, "platform.db") };

    public static StorageSettings Redis() => new() { Kind = StorageKind.Redis, RedisAddress = RedisPeer.Address };

    /// <param name="clusterId">Redis: silos with the same id form one cluster; tests use a fresh one each.</param>
    public static async Task<TestSilo> StartAsync(StorageSettings storage, TestKeyring keyring, string clusterId)
    {
        var barrier = keyring.UnsealedBarrier();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(barrier);
        builder.Services.AddSingleton<IBarrier>(barrier);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = clusterId;
                options.ServiceId = clusterId;
            });
            silo.AddPlatformStorage(storage, new ClusterSettings { SiloPort = FreePort.Next(), GatewayPort = 0, AdvertiseAddress = "127.0.0.1" });
        });
        var host = builder.Build();
        await host.StartAsync();
        return new TestSilo(host, barrier);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
