using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.ApiTests.Support;

namespace Platform.ApiTests.Tokens;

public sealed class TokenLifecycleTests
{
    [Fact]
    public async Task LookupSelf_RootTokenFromInit_DescribesANonExpiringRootToken()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();

        var (status, body) = await TokenApi.LookupSelfAsync(server.ClientWithToken(root));

        Assert.Equal(200, status);
        var data = body["data"]!.AsObject();
        Assert.Equal(root, data["id"]!.GetValue<string>());
        Assert.StartsWith("hvs.", root);
        Assert.Equal(["root"], data["policies"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal("auth/token/root", data["path"]!.GetValue<string>());
        Assert.Equal("root", data["display_name"]!.GetValue<string>());
        Assert.Equal(0, data["ttl"]!.GetValue<long>());
        Assert.Null(data["expire_time"]);
        Assert.True(data["orphan"]!.GetValue<bool>());
        Assert.False(data["renewable"]!.GetValue<bool>());
        Assert.Equal("service", data["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("hvs.notarealtoken000000000")]
    public async Task LookupSelf_MissingOrUnknownToken_Answers403PermissionDenied(string? token)
    {
        await using var server = await TestServerHost.StartAsync();
        await server.InitializeAndUnsealAsync();
        var client = token is null ? server.Client : server.ClientWithToken(token);

        var response = await client.GetAsync("/v1/auth/token/lookup-self");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("permission denied", (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_PoliciesTtlMetaDisplayName_AnswersVaultsAuthBlock()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var rootClient = server.ClientWithToken(root);

        var auth = await TokenApi.CreateAsync(rootClient, new { policies = "web, db", ttl = "1h", meta = new { team = "blue" }, display_name = "ci job" });

        Assert.StartsWith("hvs.", auth["client_token"]!.GetValue<string>());
        Assert.Equal(24, auth["accessor"]!.GetValue<string>().Length);
        Assert.Equal(["db", "default", "web"], auth["policies"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(["db", "default", "web"], auth["token_policies"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(3600, auth["lease_duration"]!.GetValue<long>());
        Assert.True(auth["renewable"]!.GetValue<bool>());
        Assert.False(auth["orphan"]!.GetValue<bool>());
        Assert.Equal("blue", auth["metadata"]!["team"]!.GetValue<string>());
        Assert.Equal("service", auth["token_type"]!.GetValue<string>());

        var (status, lookup) = await TokenApi.LookupAsync(rootClient, auth["client_token"]!.GetValue<string>());
        Assert.Equal(200, status);
        var data = lookup["data"]!.AsObject();
        Assert.Equal("token-ci-job", data["display_name"]!.GetValue<string>());
        Assert.Equal(3600, data["creation_ttl"]!.GetValue<long>());
        Assert.Equal("auth/token/create", data["path"]!.GetValue<string>());
        Assert.Equal(auth["accessor"]!.GetValue<string>(), data["accessor"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_BadDuration_Answers400NamingTheField()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();

        var response = await server.ClientWithToken(root).PostAsJsonAsync("/v1/auth/token/create", new { ttl = "an hour" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ttl", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task NumUses_TwoUses_ThirdRequestRefused()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var limited = server.ClientWithToken(await TokenApi.CreateTokenAsync(server.ClientWithToken(root), new { num_uses = 2 }));

        var first = await TokenApi.LookupSelfAsync(limited);
        var second = await TokenApi.LookupSelfAsync(limited);
        var third = await TokenApi.LookupSelfAsync(limited);

        Assert.Equal((200, 1), (first.Status, first.Body["data"]!["num_uses"]!.GetValue<int>()));
        Assert.Equal(200, second.Status);
        Assert.Equal(403, third.Status);
    }

    [Fact]
    public async Task Revoke_Parent_RevokesTheWholeTreeButNotTheCaller()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var rootClient = server.ClientWithToken(root);
        var parent = await TokenApi.CreateTokenAsync(rootClient, new { });
        var child = await TokenApi.CreateTokenAsync(server.ClientWithToken(parent), new { });
        var grandchild = await TokenApi.CreateTokenAsync(server.ClientWithToken(child), new { });
        var sibling = await TokenApi.CreateTokenAsync(rootClient, new { });

        Assert.Equal(204, await TokenApi.PostAsync(rootClient, "auth/token/revoke", new { token = parent }));

        foreach (var token in new[] { parent, child, grandchild })
        {
            Assert.Equal(403, (await TokenApi.LookupSelfAsync(server.ClientWithToken(token))).Status);
            var (status, body) = await TokenApi.LookupAsync(rootClient, token);
            Assert.Equal((403, "bad token"), (status, body["errors"]![0]!.GetValue<string>()));
        }

        Assert.Equal(200, (await TokenApi.LookupSelfAsync(server.ClientWithToken(sibling))).Status);
        Assert.Equal(200, (await TokenApi.LookupSelfAsync(rootClient)).Status);
    }

    [Fact]
    public async Task Revoke_CustomIdParentCreatedAgain_RevokesTheNewIncarnationsChildren()
    {
        // More children than an index node holds, so the first incarnation's children index splits before it is
        // cleared; the second incarnation, under the same id, must not inherit that index's shape or its members.
        const int Children = 40;
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var rootClient = server.ClientWithToken(root);
        var parentClient = server.ClientWithToken("hvs.reused-parent-id");

        var first = await CreateWithChildrenAsync();
        Assert.Equal(204, await TokenApi.PostAsync(rootClient, "auth/token/revoke", new { token = "hvs.reused-parent-id" }));
        var second = await CreateWithChildrenAsync();
        Assert.Equal(204, await TokenApi.PostAsync(rootClient, "auth/token/revoke", new { token = "hvs.reused-parent-id" }));

        foreach (var child in first.Concat(second))
        {
            Assert.Equal(403, (await TokenApi.LookupSelfAsync(server.ClientWithToken(child))).Status);
        }

        async Task<List<string>> CreateWithChildrenAsync()
        {
            await TokenApi.CreateTokenAsync(rootClient, new { id = "hvs.reused-parent-id" });
            var children = new List<string>();
            for (var i = 0; i < Children; i++)
            {
                children.Add(await TokenApi.CreateTokenAsync(parentClient, new { }));
            }

            return children;
        }
    }

    [Fact]
    public async Task RevokeOrphan_Parent_ChildrenLiveOnAsOrphans()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var rootClient = server.ClientWithToken(root);
        var parent = await TokenApi.CreateTokenAsync(rootClient, new { });
        var child = await TokenApi.CreateTokenAsync(server.ClientWithToken(parent), new { });
        var grandchild = await TokenApi.CreateTokenAsync(server.ClientWithToken(child), new { });

        Assert.Equal(204, await TokenApi.PostAsync(rootClient, "auth/token/revoke-orphan", new { token = parent }));

        Assert.Equal(403, (await TokenApi.LookupSelfAsync(server.ClientWithToken(parent))).Status);
        var (status, body) = await TokenApi.LookupSelfAsync(server.ClientWithToken(child));
        Assert.Equal(200, status);
        Assert.True(body["data"]!["orphan"]!.GetValue<bool>());
        // The grandchild keeps its own parent: revoking the new orphan still takes it down.
        Assert.False((await TokenApi.LookupSelfAsync(server.ClientWithToken(grandchild))).Body["data"]!["orphan"]!.GetValue<bool>());
        Assert.Equal(204, await TokenApi.PostAsync(rootClient, "auth/token/revoke", new { token = child }));
        Assert.Equal(403, (await TokenApi.LookupSelfAsync(server.ClientWithToken(grandchild))).Status);
    }

    [Fact]
    public async Task RevokeSelf_Token_RefusedAfterwards()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var token = server.ClientWithToken(await TokenApi.CreateTokenAsync(server.ClientWithToken(root), new { }));

        Assert.Equal(204, await TokenApi.PostAsync(token, "auth/token/revoke-self"));

        Assert.Equal(403, (await TokenApi.LookupSelfAsync(token)).Status);
    }

    [Fact]
    public async Task CreateOrphan_ByRoot_HasNoParentAndSurvivesTheCreatorsRevocation()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var rootClient = server.ClientWithToken(root);
        var creator = await TokenApi.CreateTokenAsync(rootClient, new { });

        var orphan = await TokenApi.CreateAsync(server.ClientWithToken(creator), new { policies = new[] { "web" } }, "auth/token/create-orphan");
        await TokenApi.PostAsync(rootClient, "auth/token/revoke", new { token = creator });

        Assert.True(orphan["orphan"]!.GetValue<bool>());
        Assert.Equal(200, (await TokenApi.LookupAsync(rootClient, orphan["client_token"]!.GetValue<string>())).Status);
    }
}
