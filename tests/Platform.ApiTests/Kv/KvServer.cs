using Platform.ApiTests.Support;

namespace Platform.ApiTests.Kv;

/// <summary>A fresh unsealed server with KV v1 at <c>kv/</c> and KV v2 at <c>secret/</c>, and a root client.</summary>
internal sealed class KvServer : IAsyncDisposable
{
    private KvServer(TestServerHost host, string rootToken)
    {
        Host = host;
        RootToken = rootToken;
        Root = host.ClientWithToken(rootToken);
    }

    public TestServerHost Host { get; }

    public string RootToken { get; }

    public HttpClient Root { get; }

    public static async Task<KvServer> StartAsync()
    {
        var host = await TestServerHost.StartAsync();
        var (_, root) = await host.InitializeAndUnsealAsync();
        var server = new KvServer(host, root);
        await server.Root.ExpectAsync(204, "POST", "sys/mounts/kv", new { type = "kv" });
        await server.Root.ExpectAsync(204, "POST", "sys/mounts/secret", new { type = "kv", options = new { version = "2" } });
        return server;
    }

    public HttpClient ClientWithToken(string token) => Host.ClientWithToken(token);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
