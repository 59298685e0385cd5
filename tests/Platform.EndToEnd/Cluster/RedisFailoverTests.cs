using System.Diagnostics;
using System.Net;
using Platform.EndToEnd.Support;

namespace Platform.EndToEnd.Cluster;

/// <summary>
/// Two <c>platform server</c> processes on one Redis form one Orleans cluster. Everything acknowledged through node
/// A must be readable through node B after A is killed with SIGKILL (no graceful anything), and B must take over A's
/// grains within seconds: the time is measured and shown.
/// </summary>
[Collection(FailoverCollection.Name)]
public sealed class RedisFailoverTests(ITestOutputHelper output)
{
    private const int Writes = 12;
    private static readonly TimeSpan FailoverDeadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task KillNodeA_AfterWritesThroughA_NodeBServesEveryAcknowledgedWrite()
    {
        var redis = PeerEnvironment.Redis;
        var database = RedisAdmin.ReserveDatabase();
        await using (var admin = await RedisAdmin.ConnectAsync(redis))
        {
            await admin.FlushDatabaseAsync(database);
        }

        var clusterId = "e2e-failover-" + Guid.NewGuid().ToString("N")[..8];
        var address = RedisAdmin.AddressOf(redis, database);
        await using var nodeA = new ServerNode(ServerConfig.Redis(address, clusterId), output, "nodeA");
        await using var nodeB = new ServerNode(ServerConfig.Redis(address, clusterId), output, "nodeB");
        // Like a Vault cluster: the first node is initialised and unsealed, then the second joins and is unsealed
        // with its own shares (each process holds its own key). A sealed member would host grains it cannot open.
        await nodeA.StartAsync();
        var init = await nodeA.Api.InitAsync(shares: 5, threshold: 3);
        await nodeA.Api.UnsealWithAsync(init.Keys.Take(3));
        await nodeB.StartAsync();
        var statusB = await nodeB.Api.SealStatusAsync();
        Assert.True(statusB["initialized"]!.GetValue<bool>());
        Assert.True(statusB["sealed"]!.GetValue<bool>());
        await nodeB.Api.UnsealWithAsync(init.Keys.Skip(2));

        var policies = new Dictionary<string, string>();
        var tokens = new Dictionary<string, string>();
        for (var i = 0; i < Writes; i++)
        {
            var name = $"e2e-failover-{i}";
            var rules = $$"""path "secret/failover/{{i}}/*" { capabilities = ["read"] }""";
            await nodeA.Api.WritePolicyAsync(name, rules, init.RootToken);
            policies[name] = rules;
            var auth = await nodeA.Api.CreateTokenAsync(new { policies = new[] { name }, ttl = "1h", meta = new { index = i.ToString(System.Globalization.CultureInfo.InvariantCulture) } }, init.RootToken);
            tokens[auth["client_token"]!.GetValue<string>()] = name;
        }

        await nodeA.KillAsync();
        var clock = Stopwatch.StartNew();
        await Poll.UntilAsync(
            async () => (await nodeB.Api.GetAsync("sys/policy/e2e-failover-0", init.RootToken)).Status == HttpStatusCode.OK ? "served" : null,
            FailoverDeadline,
            "node B to serve a policy written through the killed node A");
        var firstRead = clock.Elapsed;
        List<string> missing = [];
        try
        {
            await Poll.UntilAsync(
                async () =>
                {
                    missing = await ReadEverythingAsync(nodeB, init.RootToken, policies, tokens);
                    return missing.Count == 0 ? "all served" : null;
                },
                FailoverDeadline,
                "node B to serve every write acknowledged by node A");
        }
        catch (TimeoutException timeout)
        {
            Assert.Fail($"{timeout.Message}; still missing:\n{string.Join('\n', missing)}");
        }

        output.WriteLine($"failover: node B served its first read {firstRead.TotalSeconds:0.00} s after SIGKILL of node A, all {Writes} policies and {Writes} tokens after {clock.Elapsed.TotalSeconds:0.00} s");
        // The survivor still takes writes.
        await nodeB.Api.WritePolicyAsync("e2e-after-failover", """path "secret/after/*" { capabilities = ["read"] }""", init.RootToken);
        Assert.Equal(HttpStatusCode.OK, (await nodeB.Api.GetAsync("auth/token/lookup-self", tokens.Keys.First())).Status);
    }

    /// <summary>Reads every policy and looks up every token through <paramref name="node"/>; returns what did not match.</summary>
    private static async Task<List<string>> ReadEverythingAsync(ServerNode node, string rootToken, Dictionary<string, string> policies, Dictionary<string, string> tokens)
    {
        var failures = new List<string>();
        foreach (var (name, rules) in policies)
        {
            var response = await node.Api.GetAsync($"sys/policy/{name}", rootToken);
            if (response.Status != HttpStatusCode.OK || response.Json?["data"]?["rules"]?.GetValue<string>() != rules)
            {
                failures.Add($"policy {name}: {response}");
            }
        }

        foreach (var (token, policy) in tokens)
        {
            var response = await node.Api.SendAsync(HttpMethod.Post, "auth/token/lookup", new { token }, rootToken);
            var policiesOfToken = response.Json?["data"]?["policies"]?.AsArray().Select(p => p?.GetValue<string>()).ToList();
            if (response.Status != HttpStatusCode.OK || policiesOfToken?.Contains(policy) != true)
            {
                failures.Add($"token of {policy}: {response}");
            }
        }

        return failures;
    }
}
