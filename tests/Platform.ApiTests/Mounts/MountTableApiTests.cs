using Platform.ApiTests.Support;

namespace Platform.ApiTests.Mounts;

/// <summary>sys/mounts and sys/auth without an engine behind them: the built-ins, refusals and sudo.</summary>
public sealed class MountTableApiTests
{
    [Fact]
    public async Task ListMounts_FreshServer_ListsTheSystemBackendWithStableIdsInVaultsShape()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, token) = await server.InitializeAndUnsealAsync();
        var root = server.ClientWithToken(token);

        var first = await root.ExpectAsync(200, "GET", "sys/mounts");
        var second = await root.ExpectAsync(200, "GET", "sys/mounts");

        var sys = first!["data"]!["sys/"]!.AsObject();
        Assert.Equal("system", sys["type"]!.GetValue<string>());
        Assert.StartsWith("system_", sys["accessor"]!.GetValue<string>());
        Assert.Equal(sys["uuid"]!.GetValue<string>(), second!["data"]!["sys/"]!["uuid"]!.GetValue<string>());
        Assert.Equal(0, sys["config"]!["default_lease_ttl"]!.GetValue<long>());
        Assert.Null(sys["options"]);
        // The legacy top-level copy older clients read.
        Assert.Equal(sys.ToJsonString(), first["sys/"]!.ToJsonString());
        Assert.Equal(["sys/"], first["data"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task ListAuth_FreshServer_ListsTheTokenMethod()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, token) = await server.InitializeAndUnsealAsync();

        var body = await server.ClientWithToken(token).ExpectAsync(200, "GET", "sys/auth");

        var tokenMount = body!["data"]!["token/"]!.AsObject();
        Assert.Equal("token", tokenMount["type"]!.GetValue<string>());
        Assert.StartsWith("auth_token_", tokenMount["accessor"]!.GetValue<string>());
        Assert.Equal("token based credentials", tokenMount["description"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("sys/mounts/foo", "plugin not found in the catalog: nosuchengine")]
    [InlineData("sys/auth/foo", "plugin not found in the catalog: nosuchengine")]
    public async Task Enable_UnknownType_Answers400WithVaultsText(string path, string error)
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, token) = await server.InitializeAndUnsealAsync();

        var body = await server.ClientWithToken(token).ExpectAsync(400, "POST", path, new { type = "nosuchengine" });

        Assert.Equal(error, body.FirstError());
        var listed = await server.ClientWithToken(token).ExpectAsync(200, "GET", "sys/mounts");
        Assert.Null(listed!["data"]!["foo/"]);
    }

    [Theory]
    [InlineData("sys/mounts/sys")]
    [InlineData("sys/mounts/identity")]
    [InlineData("sys/mounts/scheduler/x")]
    [InlineData("sys/auth/token")]
    public async Task Enable_ReservedOrBuiltInPath_Answers400(string path)
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, token) = await server.InitializeAndUnsealAsync();

        await server.ClientWithToken(token).ExpectAsync(400, "POST", path, new { type = "kv" });
    }

    [Fact]
    public async Task ReadMount_NothingMounted_Answers400WithVaultsText()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, token) = await server.InitializeAndUnsealAsync();

        var body = await server.ClientWithToken(token).ExpectAsync(400, "GET", "sys/mounts/nothing");

        Assert.Equal("No secret engine mount at nothing/", body.FirstError());
    }

    [Fact]
    public async Task Disable_NothingMounted_Answers204AsVault()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, token) = await server.InitializeAndUnsealAsync();

        await server.ClientWithToken(token).ExpectAsync(204, "DELETE", "sys/mounts/nothing");
    }

    [Fact]
    public async Task AuthRoutes_TokenWithoutSudo_AreRefusedButListingIsNot()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, rootToken) = await server.InitializeAndUnsealAsync();
        var root = server.ClientWithToken(rootToken);
        var token = await root.TokenWithPolicyAsync("mount-admin", """
            path "sys/auth" { capabilities = ["read"] }
            path "sys/auth/*" { capabilities = ["create", "read", "update", "delete"] }
            path "sys/mounts" { capabilities = ["read"] }
            """);
        var client = server.ClientWithToken(token);

        await client.ExpectAsync(200, "GET", "sys/auth");
        await client.ExpectAsync(200, "GET", "sys/mounts");
        await client.ExpectAsync(403, "POST", "sys/auth/userpass", new { type = "userpass" });
        await client.ExpectAsync(403, "DELETE", "sys/auth/userpass");
        await client.ExpectAsync(403, "GET", "sys/auth/token/tune");
        await client.ExpectAsync(403, "POST", "sys/remount", new { from = "a", to = "b" });
        await client.ExpectAsync(403, "POST", "sys/mounts/kv", new { type = "kv" });
    }

    [Fact]
    public async Task InternalUiMount_NoTokenOrNoMount_Answers403()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, rootToken) = await server.InitializeAndUnsealAsync();

        await server.Client.ExpectAsync(403, "GET", "sys/internal/ui/mounts/sys/policy");
        await server.ClientWithToken(rootToken).ExpectAsync(403, "GET", "sys/internal/ui/mounts/nothing/here");
        var sys = await server.ClientWithToken(rootToken).ExpectAsync(200, "GET", "sys/internal/ui/mounts/sys/policy");
        Assert.Equal("sys/", sys!["data"]!["path"]!.GetValue<string>());
        Assert.Equal("system", sys["data"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task MountRoutes_Sealed_Answer503()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, rootToken) = await server.InitializeAndUnsealAsync();
        var root = server.ClientWithToken(rootToken);
        await root.ExpectAsync(204, "PUT", "sys/seal");

        await root.ExpectAsync(503, "GET", "sys/mounts");
        await root.ExpectAsync(503, "POST", "sys/auth/x", new { type = "userpass" });
        await server.Client.ExpectAsync(503, "GET", "sys/internal/ui/mounts/secret/x");
    }
}
