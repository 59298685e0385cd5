using System.Net;
using Platform.EndToEnd.Support;

namespace Platform.EndToEnd.Seal;

/// <summary>
/// The seal across real process restarts of a non-dev server: it always comes back sealed, only threshold shares
/// open it, wrong shares are refused with a message saying so, and everything written before is there again.
/// </summary>
public sealed class SealLifecycleTests(ITestOutputHelper output)
{
    private const string Rules = """
        path "secret/restart/*" {
          capabilities = ["read", "list"]
        }

        """;

    [Fact]
    public async Task Restart_InitialisedServer_ComesBackSealedAndThresholdSharesBringDataBack()
    {
        await using var node = new ServerNode(ServerConfig.Sqlite(), output);
        await node.StartAsync();
        var init = await node.Api.InitAsync(shares: 5, threshold: 3);
        await node.Api.UnsealWithAsync(init.Keys.Take(3));
        await node.Api.WritePolicyAsync("e2e-restart", Rules, init.RootToken);
        var created = await node.Api.CreateTokenAsync(new { policies = new[] { "e2e-restart" }, ttl = "1h", display_name = "restart", meta = new { team = "e2e" } }, init.RootToken);
        var token = created["client_token"]!.GetValue<string>();

        await node.RestartAsync();

        var status = await node.Api.SealStatusAsync();
        Assert.True(status["initialized"]!.GetValue<bool>());
        Assert.True(status["sealed"]!.GetValue<bool>());
        Assert.Equal(3, status["t"]!.GetValue<int>());
        Assert.Equal(5, status["n"]!.GetValue<int>());
        Assert.Equal(0, status["progress"]!.GetValue<int>());
        // A different three of the five, in another order, base64 this time.
        Assert.Equal(1, (await node.Api.UnsealAsync(init.KeysBase64[4]))["progress"]!.GetValue<int>());
        Assert.Equal(2, (await node.Api.UnsealAsync(init.KeysBase64[1]))["progress"]!.GetValue<int>());
        Assert.False((await node.Api.UnsealAsync(init.KeysBase64[3]))["sealed"]!.GetValue<bool>());
        Assert.Equal(Rules, await node.Api.ReadPolicyAsync("e2e-restart", init.RootToken));
        var lookup = await node.Api.LookupTokenAsync(token, init.RootToken);
        Assert.Equal("token-restart", lookup["display_name"]!.GetValue<string>());
        Assert.Equal("e2e", lookup["meta"]!["team"]!.GetValue<string>());
        Assert.Equal(created["accessor"]!.GetValue<string>(), lookup["accessor"]!.GetValue<string>());
        Assert.Equal(["default", "e2e-restart"], lookup["policies"]!.AsArray().Select(p => p!.GetValue<string>()));
        // The token authenticates again: its own lookup-self works with the default policy.
        Assert.Equal(HttpStatusCode.OK, (await node.Api.GetAsync("auth/token/lookup-self", token)).Status);
    }

    [Fact]
    public async Task Unseal_CorruptedShares_RefusedWithClearErrorAndProgressReset()
    {
        await using var node = new ServerNode(ServerConfig.Sqlite(), output);
        await node.StartAsync();
        var init = await node.Api.InitAsync(shares: 5, threshold: 3);
        // Shares of the right shape whose y bytes were damaged: they combine, to the wrong key.
        var corrupted = init.Keys.Take(3).Select(Corrupt).ToList();

        await node.Api.UnsealAsync(corrupted[0]);
        await node.Api.UnsealAsync(corrupted[1]);
        var refused = await node.Api.PutAsync("sys/unseal", new { key = corrupted[2] });

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        var error = Assert.Single(refused.Errors);
        Assert.Contains("not valid", error);
        var status = await node.Api.SealStatusAsync();
        Assert.True(status["sealed"]!.GetValue<bool>());
        Assert.Equal(0, status["progress"]!.GetValue<int>());
        await node.Api.UnsealWithAsync(init.Keys.Skip(2));
    }

    [Fact]
    public async Task Unseal_ResetMidway_DiscardsTheSharesGivenSoFar()
    {
        await using var node = new ServerNode(ServerConfig.Sqlite(), output);
        await node.StartAsync();
        var init = await node.Api.InitAsync(shares: 5, threshold: 3);
        await node.Api.UnsealAsync(init.Keys[0]);
        await node.Api.UnsealAsync(init.Keys[1]);

        var reset = (await node.Api.PutAsync("sys/unseal", new { reset = true })).Expect();

        Assert.Equal(0, reset["progress"]!.GetValue<int>());
        Assert.Equal("", reset["nonce"]!.GetValue<string>());
        // Had the reset not discarded them, this third share would unseal.
        var afterOne = await node.Api.UnsealAsync(init.Keys[2]);
        Assert.True(afterOne["sealed"]!.GetValue<bool>());
        Assert.Equal(1, afterOne["progress"]!.GetValue<int>());
        var malformed = await node.Api.PutAsync("sys/unseal", new { key = "zz!not-a-share" });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
        Assert.Contains("hex or base64", Assert.Single(malformed.Errors));
    }

    private static string Corrupt(string hexShare)
    {
        var bytes = Convert.FromHexString(hexShare);
        // The last byte is the share's x coordinate (Vault's layout): keep it, flip a y byte.
        bytes[0] ^= 0x5A;
        return Convert.ToHexString(bytes).ToLowerInvariant();
    }
}
