using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.EndToEnd.Support;

namespace Platform.EndToEnd.Kv;

/// <summary>
/// Acknowledged means on disk: 10,000 KV v2 versions written over HTTP by parallel writers against a real non-dev
/// server, SIGKILL (nothing flushed, no shutdown), restart, unseal with 3 of 5 shares, and every version a 200 was
/// returned for reads back with its content.
/// </summary>
public sealed class KvDurabilityTests(ITestOutputHelper output)
{
    private const int Secrets = 1000;
    private const int VersionsPerSecret = 10;
    private const int Writers = 16;

    [Fact]
    public async Task Sigkill_AfterTenThousandAcknowledgedVersions_EveryVersionReadableAfterRestart()
    {
        await using var node = new ServerNode(ServerConfig.Sqlite() with { LogLevel = "warn" }, output);
        await node.StartAsync();
        var init = await node.Api.InitAsync(shares: 5, threshold: 3);
        await node.Api.UnsealWithAsync(init.Keys.Take(3));
        (await node.Api.SendAsync(HttpMethod.Post, "sys/mounts/secret", new { type = "kv-v2" }, init.RootToken)).Expect(HttpStatusCode.NoContent);
        var run = Guid.NewGuid().ToString("N")[..8];

        var acknowledged = new ConcurrentBag<(int Secret, int Version, string Payload)>();
        var clock = Stopwatch.StartNew();
        using (var client = Client(node, init.RootToken))
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, Writers), async (writer, _) =>
            {
                for (var secret = writer; secret < Secrets; secret += Writers)
                {
                    for (var version = 1; version <= VersionsPerSecret; version++)
                    {
                        var payload = $"{run}-s{secret}-v{version}";
                        using var response = await client.PostAsJsonAsync($"/v1/secret/data/durable/s{secret}", new { data = new { payload, n = version } });
                        var body = await response.Content.ReadAsStringAsync();
                        Assert.True(response.StatusCode == HttpStatusCode.OK, $"write s{secret} v{version}: {(int)response.StatusCode} {body}");
                        Assert.Equal(version, JsonNode.Parse(body)!["data"]!["version"]!.GetValue<int>());
                        acknowledged.Add((secret, version, payload));
                    }
                }
            });
        }

        var writeTime = clock.Elapsed;
        output.WriteLine($"{acknowledged.Count} versions acknowledged in {writeTime.TotalSeconds:0.0} s ({acknowledged.Count / writeTime.TotalSeconds:0}/s, {Writers} writers)");

        await node.KillAsync();
        await node.StartAsync();
        await node.Api.UnsealWithAsync(init.KeysBase64.Skip(2).Take(3));

        clock.Restart();
        var missing = new ConcurrentBag<string>();
        using (var client = Client(node, init.RootToken))
        {
            await Parallel.ForEachAsync(acknowledged, new ParallelOptions { MaxDegreeOfParallelism = Writers }, async (write, _) =>
            {
                using var response = await client.GetAsync($"/v1/secret/data/durable/s{write.Secret}?version={write.Version}");
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.OK
                    || JsonNode.Parse(body)!["data"]!["data"]!["payload"]!.GetValue<string>() != write.Payload)
                {
                    missing.Add($"s{write.Secret} v{write.Version}: {(int)response.StatusCode} {body}");
                }
            });
        }

        output.WriteLine($"{acknowledged.Count} versions read back after SIGKILL and restart in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(Secrets * VersionsPerSecret, acknowledged.Count);
        Assert.True(missing.IsEmpty, $"{missing.Count} acknowledged versions lost or changed, e.g.:\n" + string.Join('\n', missing.Take(10)));
    }

    private static HttpClient Client(ServerNode node, string token)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Writers }) { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Vault-Token", token);
        return client;
    }
}
