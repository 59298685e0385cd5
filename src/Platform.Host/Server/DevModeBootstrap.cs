using Microsoft.Extensions.Hosting;
using Platform.Secrets.Application.Seal;

namespace Platform.Host.Server;

/// <summary>
/// <c>server -dev</c>: once the node is up, initialise with one key share, stay unsealed, and print the address, the
/// unseal key and the root token to standard output (like <c>vault server -dev</c>). Dev mode keeps them only there.
/// </summary>
internal sealed class DevModeBootstrap(SealKeeper keeper, ServerSettings settings, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        var status = await keeper.StatusAsync(stoppingToken);
        if (status.Initialized)
        {
            Console.Out.WriteLine("Dev mode: the data directory is already initialised; unseal it with its key.");
            return;
        }

        var result = await keeper.InitializeAsync(1, 1, stayUnsealed: true, settings.DevRootTokenId, stoppingToken);
        var address = $"http://{settings.HttpEndpoint}";
        Console.Out.WriteLine($"""
            ==> Platform server started in dev mode: in-memory keys, auto-unsealed. Do not run it in production.

            You may need to set the following environment variables:

                $ export PLATFORM_ADDR='{address}'
                $ export VAULT_ADDR='{address}'

            The unseal key and root token are displayed below in case you want to seal/unseal the server or
            re-authenticate.

            Unseal Key: {Convert.ToBase64String(result.Keys[0])}
            Root Token: {result.RootToken}

            """);
        await Console.Out.FlushAsync(stoppingToken);
    }
}
