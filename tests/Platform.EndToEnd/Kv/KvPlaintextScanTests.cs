using System.Net;
using Platform.EndToEnd.Support;

namespace Platform.EndToEnd.Kv;

/// <summary>
/// KV values and custom metadata carrying marker strings, written through KV v1 and v2 (several versions, a patch,
/// a destroyed version), never appear in the SQLite database, its WAL, or the server's log, live or after a stop.
/// </summary>
public sealed class KvPlaintextScanTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sqlite_MarkedKvValues_NoMarkerInDatabaseWalOrLog()
    {
        await using var node = new ServerNode(ServerConfig.Sqlite(), output);
        await node.StartAsync();
        var init = await node.Api.InitAsync(shares: 1, threshold: 1);
        await node.Api.UnsealWithAsync(init.Keys);
        var token = init.RootToken;
        var id = Guid.NewGuid().ToString("N")[..10];
        (await node.Api.SendAsync(HttpMethod.Post, "sys/mounts/kv", new { type = "kv" }, token)).Expect(HttpStatusCode.NoContent);
        (await node.Api.SendAsync(HttpMethod.Post, "sys/mounts/secret", new { type = "kv-v2" }, token)).Expect(HttpStatusCode.NoContent);

        var markers = new List<string> { $"e2ekvone{id}", $"e2ekvtwo{id}", $"e2ekvthree{id}", $"e2ekvmeta{id}", $"e2ekvdestroyed{id}" };
        (await node.Api.PutAsync("kv/app/db", new { password = markers[0] }, token)).Expect(HttpStatusCode.NoContent);
        (await node.Api.PutAsync("secret/data/app/db", new { data = new { password = markers[4] } }, token)).Expect();
        (await node.Api.PutAsync("secret/data/app/db", new { data = new { password = markers[1] } }, token)).Expect();
        (await node.Api.PutAsync("secret/data/app/db", new { data = new { password = markers[2], nested = new { again = markers[1] } } }, token)).Expect();
        (await node.Api.SendAsync(HttpMethod.Post, "secret/metadata/app/db", new { custom_metadata = new { owner = markers[3] } }, token)).Expect(HttpStatusCode.NoContent);
        (await node.Api.SendAsync(HttpMethod.Post, "secret/destroy/app/db", new { versions = new[] { 1 } }, token)).Expect(HttpStatusCode.NoContent);
        Assert.Equal(markers[2], (await node.Api.GetAsync("secret/data/app/db", token)).Expect()["data"]!["data"]!["password"]!.GetValue<string>());

        var live = PlaintextScan.Find(PlaintextScan.FilesUnder(node.Config.SqliteDirectory).Concat(node.LogFiles), markers);
        await node.RestartAsync();
        var stopped = PlaintextScan.Find(PlaintextScan.FilesUnder(node.Config.SqliteDirectory).Concat(node.LogFiles), markers);

        Assert.NotEmpty(PlaintextScan.FilesUnder(node.Config.SqliteDirectory));
        Assert.True(live.Count == 0, "Markers found while running:\n" + string.Join('\n', live));
        Assert.True(stopped.Count == 0, "Markers found after a graceful stop:\n" + string.Join('\n', stopped));
    }
}
