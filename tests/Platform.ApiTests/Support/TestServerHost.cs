using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Platform.Host.Server;
using Platform.Kernel.Storage;

namespace Platform.ApiTests.Support;

/// <summary>
/// One real server (Orleans silo, SQLite in a temporary folder, every module and middleware) behind an in-memory
/// TestServer. Starts uninitialised and sealed, like <c>server -config</c>; <see cref="InitializeAndUnsealAsync"/>
/// brings it to the state most tests want.
/// </summary>
public sealed class TestServerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestServerHost(WebApplication app, string dataDirectory)
    {
        _app = app;
        DataDirectory = dataDirectory;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public string DataDirectory { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="logOutput">Where the server's log goes (tests that scan it for secrets); the console when null.</param>
    public static async Task<TestServerHost> StartAsync(string? dataDirectory = null, Action<WebApplicationBuilder>? configure = null, TextWriter? logOutput = null)
    {
        dataDirectory ??= Directory.CreateTempSubdirectory("platform-apitest-").FullName;
        var settings = new ServerSettings
        {
            HttpEndpoint = new IPEndPoint(IPAddress.Loopback, 4646),
            Storage = new StorageSettings { Kind = StorageKind.Sqlite, SqlitePath = Path.Combine(dataDirectory, "platform.db") },
            Cluster = new ClusterSettings { SiloPort = FreePort.Next(), GatewayPort = 0 },
            LogLevel = "warn",
            LogOutput = logOutput,
        };
        var app = ServerHost.Build(settings, builder =>
        {
            builder.WebHost.UseTestServer();
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        return new TestServerHost(app, dataDirectory);
    }

    /// <summary>Initialises with the given split and unseals with the first <paramref name="threshold"/> shares.</summary>
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

    public HttpClient ClientWithToken(string token)
    {
        var client = _app.GetTestClient();
        client.DefaultRequestHeaders.Add("X-Vault-Token", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
