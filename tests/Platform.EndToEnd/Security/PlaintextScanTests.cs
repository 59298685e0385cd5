using Platform.EndToEnd.Support;

namespace Platform.EndToEnd.Security;

/// <summary>
/// Nothing written through the API may be readable at rest or in the server's log: policies, token display names,
/// metadata, token ids, the root token and the unseal keys carry marker strings, then the SQLite database and its
/// WAL (live and after a graceful stop), the Redis AOF and dump, and every line the server printed are searched.
/// Names that travel in URL paths (a policy's name in <c>sys/policy/NAME</c>) must not be at rest either, but may
/// appear in the log's request lines: paths are not secret in Vault's model (its audit log keeps them in clear).
/// </summary>
public sealed class PlaintextScanTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sqlite_MarkedPoliciesAndTokens_NoMarkerInDatabaseWalOrLog()
    {
        await using var node = new ServerNode(ServerConfig.Sqlite(), output);
        await node.StartAsync();
        var (markers, pathNames) = await WriteMarkedDataAsync(node);
        var logMarkers = markers.Except(pathNames).ToList();

        // Live: the WAL still holds the recent writes.
        var live = PlaintextScan.Find(PlaintextScan.FilesUnder(node.Config.SqliteDirectory), markers)
            .Concat(PlaintextScan.Find(node.LogFiles, logMarkers)).ToList();
        await node.RestartAsync();
        var stopped = PlaintextScan.Find(PlaintextScan.FilesUnder(node.Config.SqliteDirectory), markers)
            .Concat(PlaintextScan.Find(node.LogFiles, logMarkers)).ToList();

        Assert.NotEmpty(PlaintextScan.FilesUnder(node.Config.SqliteDirectory));
        Assert.True(live.Count == 0, "Markers found while running:\n" + string.Join('\n', live));
        Assert.True(stopped.Count == 0, "Markers found after a graceful stop:\n" + string.Join('\n', stopped));
    }

    [Fact]
    public async Task Redis_MarkedPoliciesAndTokens_NoMarkerInAofDumpOrLog()
    {
        var redis = PeerEnvironment.Redis;
        var database = RedisAdmin.ReserveDatabase();
        await using var admin = await RedisAdmin.ConnectAsync(redis);
        await admin.FlushDatabaseAsync(database);
        await using var node = new ServerNode(ServerConfig.Redis(RedisAdmin.AddressOf(redis, database), "e2e-scan"), output);
        await node.StartAsync();
        var (markers, pathNames) = await WriteMarkedDataAsync(node);

        // An uncompressed dump, so a plaintext string in it could not hide inside LZF-compressed runs.
        await admin.CommandAsync("CONFIG", "SET", "rdbcompression", "no");
        await admin.CommandAsync("SAVE");
        var redisDirectory = await admin.ConfigGetAsync("dir");
        var dumpFile = await admin.ConfigGetAsync("dbfilename");
        var files = PlaintextScan.FilesUnder(redisDirectory).ToList();
        var hits = PlaintextScan.Find(files, markers).Concat(PlaintextScan.Find(node.LogFiles, markers.Except(pathNames).ToList())).ToList();

        Assert.Contains(files, file => file.Contains(".aof", StringComparison.Ordinal));
        Assert.Contains(files, file => file.EndsWith(dumpFile, StringComparison.Ordinal));
        Assert.True(hits.Count == 0, "Markers found in Redis's files or the log:\n" + string.Join('\n', hits));
    }

    /// <summary>
    /// Initialises and unseals the node, writes marked policies and tokens; returns every marker, and those of them
    /// that are names in URL paths.
    /// </summary>
    private static async Task<(IReadOnlyCollection<string> Markers, IReadOnlyCollection<string> PathNames)> WriteMarkedDataAsync(ServerNode node)
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var init = await node.Api.InitAsync(shares: 1, threshold: 1);
        await node.Api.UnsealWithAsync(init.Keys);
        var markers = new List<string>
        {
            init.RootToken,
            init.Keys[0],
            init.KeysBase64[0],
        };

        var policyName = $"e2epolicyname{id}";
        var rulesMarker = $"e2erulespath{id}";
        await node.Api.WritePolicyAsync(policyName, $$"""path "secret/{{rulesMarker}}/*" { capabilities = ["read"] }""", init.RootToken);
        markers.AddRange([policyName, rulesMarker]);

        var displayName = $"e2edisplayname{id}";
        var metaKey = $"e2emetakey{id}";
        var metaValue = $"e2emetavalue{id}";
        var chosenId = $"e2etokenid{id}";
        // A root token may choose the new token's id: a secret the caller made up must not be stored either.
        var withId = await node.Api.CreateTokenAsync(new { id = chosenId, policies = new[] { policyName }, display_name = displayName, meta = new Dictionary<string, string> { [metaKey] = metaValue } }, init.RootToken);
        var random = await node.Api.CreateTokenAsync(new { policies = new[] { policyName }, ttl = "1h", meta = new Dictionary<string, string> { ["owner"] = metaValue } }, init.RootToken);
        markers.AddRange([displayName, metaKey, metaValue, chosenId, random["client_token"]!.GetValue<string>()]);
        Assert.Equal(chosenId, withId["client_token"]!.GetValue<string>());

        // Use the tokens, so lookups and their request logging run with them too.
        foreach (var token in new[] { chosenId, random["client_token"]!.GetValue<string>() })
        {
            (await node.Api.GetAsync("auth/token/lookup-self", token)).Expect();
        }

        Assert.Equal(metaValue, (await node.Api.LookupTokenAsync(chosenId, init.RootToken))["meta"]![metaKey]!.GetValue<string>());
        return (markers, [policyName]);
    }
}
