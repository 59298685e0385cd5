using System.Net;
using Platform.EndToEnd.Support;

namespace Platform.EndToEnd.Leases;

/// <summary>
/// Lease expiry across a crash of a real process: tokens that expire while the server is dead (SIGKILL, nothing
/// flushed) are revoked by the expiry sweep soon after the restarted server is unsealed — seen through the lease
/// LIST, which reads only the lease index and never the tokens — and not before the unseal.
/// </summary>
public sealed class LeaseExpiryRestartTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Kill_TokensExpiringWhileDown_RevokedPromptlyAfterUnseal()
    {
        await using var node = new ServerNode(ServerConfig.Sqlite(), output);
        await node.StartAsync();
        var init = await node.Api.InitAsync(shares: 1, threshold: 1);
        await node.Api.UnsealWithAsync(init.Keys);
        var shortLived = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            shortLived.Add((await node.Api.CreateTokenAsync(new { ttl = "2s" }, init.RootToken))["client_token"]!.GetValue<string>());
        }

        var kept = (await node.Api.CreateTokenAsync(new { ttl = "1h" }, init.RootToken))["client_token"]!.GetValue<string>();
        Assert.Equal(4, (await LeaseKeysAsync(node, init.RootToken)).Count);

        await node.KillAsync();
        await node.StartAsync();
        var whileSealed = await node.Api.SendAsync(new HttpMethod("LIST"), "sys/leases/lookup/auth/token/create/", null, init.RootToken);
        await node.Api.UnsealWithAsync(init.Keys);
        var remaining = await Poll.UntilAsync(
            async () => await LeaseKeysAsync(node, init.RootToken) is { Count: 1 } keys ? keys : null,
            Patience, "the sweep to revoke the three overdue tokens");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileSealed.Status);
        Assert.Equal(Hash(kept), Assert.Single(remaining));
        foreach (var token in shortLived)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await node.Api.GetAsync("auth/token/lookup-self", token)).Status);
        }

        Assert.Equal(HttpStatusCode.OK, (await node.Api.GetAsync("auth/token/lookup-self", kept)).Status);
    }

    private static async Task<List<string>> LeaseKeysAsync(ServerNode node, string rootToken)
    {
        var response = await node.Api.SendAsync(new HttpMethod("LIST"), "sys/leases/lookup/auth/token/create/", null, rootToken);
        return response.Status == HttpStatusCode.NotFound
            ? []
            : [.. response.Expect()["data"]!["keys"]!.AsArray().Select(key => key!.GetValue<string>())];
    }

    private static string Hash(string token) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}
