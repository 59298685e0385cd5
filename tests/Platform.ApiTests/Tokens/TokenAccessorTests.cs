using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.ApiTests.Support;

namespace Platform.ApiTests.Tokens;

public sealed class TokenAccessorTests
{
    [Fact]
    public async Task LookupAccessor_Accessor_DescribesTheTokenWithoutItsId()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var rootClient = server.ClientWithToken(root);
        var auth = await TokenApi.CreateAsync(rootClient, new { policies = new[] { "web" } });

        var response = await rootClient.PostAsJsonAsync("/v1/auth/token/lookup-accessor", new { accessor = auth["accessor"]!.GetValue<string>() });

        var data = (await response.Content.ReadFromJsonAsync<JsonObject>())!["data"]!;
        Assert.Equal("", data["id"]!.GetValue<string>());
        Assert.Equal(auth["accessor"]!.GetValue<string>(), data["accessor"]!.GetValue<string>());
        Assert.Equal(["default", "web"], data["policies"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    [Fact]
    public async Task ListAccessors_AfterCreateAndRevokeAccessor_ListsLiveTokensOnly()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var rootClient = server.ClientWithToken(root);
        var kept = await TokenApi.CreateAsync(rootClient, new { });
        var revoked = await TokenApi.CreateAsync(rootClient, new { });

        Assert.Equal(204, await TokenApi.PostAsync(rootClient, "auth/token/revoke-accessor", new { accessor = revoked["accessor"]!.GetValue<string>() }));
        var list = await rootClient.SendAsync(new HttpRequestMessage(new HttpMethod("LIST"), "/v1/auth/token/accessors"));
        var viaQuery = await rootClient.GetFromJsonAsync<JsonObject>("/v1/auth/token/accessors?list=true");

        var keys = (await list.Content.ReadFromJsonAsync<JsonObject>())!["data"]!["keys"]!.AsArray().Select(k => k!.GetValue<string>()).ToList();
        Assert.Contains(kept["accessor"]!.GetValue<string>(), keys);
        Assert.DoesNotContain(revoked["accessor"]!.GetValue<string>(), keys);
        Assert.Equal(2, keys.Count); // the root token and the kept one
        Assert.Equal(keys, viaQuery!["data"]!["keys"]!.AsArray().Select(k => k!.GetValue<string>()));
        Assert.Equal(403, (await TokenApi.LookupSelfAsync(server.ClientWithToken(revoked["client_token"]!.GetValue<string>()))).Status);
    }

    [Fact]
    public async Task RevokeAccessor_UnknownAccessor_Answers400InvalidAccessor()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();

        var response = await server.ClientWithToken(root).PostAsJsonAsync("/v1/auth/token/revoke-accessor", new { accessor = "nope" });

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("invalid accessor", (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]![0]!.GetValue<string>());
    }
}
