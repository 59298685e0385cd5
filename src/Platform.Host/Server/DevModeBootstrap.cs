using Microsoft.Extensions.Hosting;
using Platform.Secrets.Application.Mounts;
using Platform.Secrets.Application.Seal;

namespace Platform.Host.Server;

/// <summary>
/// <c>server -dev</c>: once the node is up, initialise with one key share, stay unsealed, and print the address, the
/// unseal key and the root token to standard output (like <c>vault server -dev</c>), with KV v2 mounted at
/// <c>secret/</c>. Dev mode keeps them only there.
/// </summary>
internal sealed class DevModeBootstrap(SealKeeper keeper, IDevModeMounts mounts, ServerSettings settings, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        var output = settings.BannerOutput ?? Console.Out;
        var status = await keeper.StatusAsync(stoppingToken);
        if (status.Initialized)
        {
            // A dev node never keeps its keys, so it cannot unseal a data directory it finds initialised: say so
            // rather than print a fresh-looking banner over a sealed server.
            await output.WriteLineAsync($"""
                ==> Dev mode: the data directory {Path.GetDirectoryName(settings.Storage.SqlitePath)} is already initialised,
                    so no new unseal key or root token was made and the server is SEALED. Unseal it with the key printed
                    when it was created (platform operator unseal), or start with a fresh -data-dir.
                """);
            await output.FlushAsync(stoppingToken);
            return;
        }

        var result = await keeper.InitializeAsync(1, 1, stayUnsealed: true, settings.DevRootTokenId, stoppingToken);
        await mounts.MountAsync(stoppingToken);
        var address = $"http://{settings.HttpEndpoint}";
        await output.WriteLineAsync($"""
            WARNING! dev mode is enabled! In this mode, Platform keeps its data in {Path.GetDirectoryName(settings.Storage.SqlitePath)}
            and starts unsealed with a single unseal key. The root token is printed below so you can begin at once.

            You may need to set the following environment variables:

                $ export PLATFORM_ADDR='{address}'
                $ export VAULT_ADDR='{address}'

            The unseal key and root token are displayed below in case you want to seal/unseal the server or
            re-authenticate.

            Unseal Key: {Convert.ToBase64String(result.Keys[0])}
            Root Token: {result.RootToken}

            Development mode should NOT be used in production installations!

            """);
        await output.FlushAsync(stoppingToken);
    }
}
