using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Cli.Api;
using Platform.Host.Server;
using Platform.Host.Tests.Cli;
using Platform.Kernel.Storage;

namespace Platform.Host.Tests.Support;

/// <summary>
/// A real server in this process: Kestrel on a loopback port the OS picks, the Orleans silo, SQLite in a temporary
/// folder, and its log captured (every line the console would get). Real HTTP, so the CLI's own client, Kestrel's
/// body limit and graceful shutdown are exercised as a user would meet them.
/// </summary>
internal sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly LogCapture _log;
    private bool _stopped;

    private RunningServer(WebApplication app, LogCapture log, string dataDirectory)
    {
        _app = app;
        _log = log;
        DataDirectory = dataDirectory;
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        Address = addresses.Addresses.Single();
        Client = new HttpClient { BaseAddress = new Uri(Address) };
    }

    public string Address { get; }

    public HttpClient Client { get; }

    public string DataDirectory { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Everything logged so far.</summary>
    public string Log => _log.Text;

    public static async Task<RunningServer> StartAsync(
        Func<ServerSettings, ServerSettings>? adjust = null,
        Action<WebApplicationBuilder>? configure = null,
        string? dataDirectory = null)
    {
        dataDirectory ??= Directory.CreateTempSubdirectory("platform-hosttest-").FullName;
        var log = new LogCapture();
        var settings = new ServerSettings
        {
            // Port 0: Kestrel binds a free port itself, read back from the server's addresses.
            HttpEndpoint = new IPEndPoint(IPAddress.Loopback, 0),
            Storage = new StorageSettings { Kind = StorageKind.Sqlite, SqlitePath = Path.Combine(dataDirectory, "platform.db") },
            Cluster = new ClusterSettings { SiloPort = LoopbackPort.Free(), GatewayPort = 0 },
            LogLevel = "info",
            LogOutput = log.Writer,
        };
        var app = ServerHost.Build(adjust?.Invoke(settings) ?? settings, configure);
        await app.StartAsync();
        return new RunningServer(app, log, dataDirectory);
    }

    public async Task<(IReadOnlyList<string> Keys, string RootToken)> InitializeAndUnsealAsync(int shares = 1, int threshold = 1)
    {
        var init = await Client.PutAsJsonAsync("/v1/sys/init", new { secret_shares = shares, secret_threshold = threshold });
        init.EnsureSuccessStatusCode();
        var body = (await init.Content.ReadFromJsonAsync<JsonObject>())!;
        var keys = body["keys"]!.AsArray().Select(k => k!.GetValue<string>()).ToList();
        foreach (var key in keys.Take(threshold))
        {
            (await Client.PutAsJsonAsync("/v1/sys/unseal", new { key })).EnsureSuccessStatusCode();
        }

        return (keys, body["root_token"]!.GetValue<string>());
    }

    /// <summary>Runs the CLI against this server, with <paramref name="token"/> as PLATFORM_TOKEN.</summary>
    public Task<CliRun> CliAsync(string? token, params string[] args) => CliWithInputAsync("", token, args);

    // The CLI blocks on its own async work; run it off the test's thread so the server keeps being served.
    public Task<CliRun> CliWithInputAsync(string stdin, string? token, params string[] args) =>
        Task.Run(() => CliRun.InvokeWithInput(stdin, new CliEnvironment(Address, token), args));

    /// <summary>A graceful stop, as SIGTERM causes: returns once in-flight requests are done and the silo is down.</summary>
    public async Task StopAsync()
    {
        _stopped = true;
        await _app.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_stopped)
        {
            await _app.StopAsync();
        }

        await _app.DisposeAsync();
    }
}
