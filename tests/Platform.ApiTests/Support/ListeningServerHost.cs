using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Platform.Host.Server;
using Platform.Kernel.Storage;

namespace Platform.ApiTests.Support;

/// <summary>
/// A real server listening on a free loopback port (Kestrel, not TestServer), for clients that open their own
/// connections: the CLI's API client. Initialised and unsealed with one key share.
/// </summary>
public sealed class ListeningServerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ListeningServerHost(WebApplication app, string address, string rootToken)
    {
        _app = app;
        Address = address;
        RootToken = rootToken;
    }

    public string Address { get; }

    public string RootToken { get; }

    public static async Task<ListeningServerHost> StartAsync()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("platform-apitest-").FullName;
        var port = FreePort.Next();
        var settings = new ServerSettings
        {
            HttpEndpoint = new IPEndPoint(IPAddress.Loopback, port),
            Storage = new StorageSettings { Kind = StorageKind.Sqlite, SqlitePath = Path.Combine(dataDirectory, "platform.db") },
            Cluster = new ClusterSettings { SiloPort = FreePort.Next(), GatewayPort = 0 },
            LogLevel = "warn",
        };
        var app = ServerHost.Build(settings);
        await app.StartAsync();
        var address = $"http://127.0.0.1:{port}";
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        var init = await http.PutAsJsonAsync("/v1/sys/init", new { secret_shares = 1, secret_threshold = 1 });
        init.EnsureSuccessStatusCode();
        var body = (await init.Content.ReadFromJsonAsync<JsonObject>())!;
        (await http.PutAsJsonAsync("/v1/sys/unseal", new { key = body["keys"]![0]!.GetValue<string>() })).EnsureSuccessStatusCode();
        return new ListeningServerHost(app, address, body["root_token"]!.GetValue<string>());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
