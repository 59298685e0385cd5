using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.ApiTests.Support;

namespace Platform.ApiTests.Tokens;

/// <summary>Non-root tokens under real policies: what the default policy allows, and Vault's limits on children.</summary>
public sealed class TokenPolicyTests
{
    private const string CreatorPolicy = "path \"auth/token/create\" { capabilities = [\"update\"] }";

    [Fact]
    public async Task DefaultPolicyToken_SelfRoutes_AllowedOtherTokenRoutesRefused()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var token = server.ClientWithToken(await TokenApi.CreateTokenAsync(server.ClientWithToken(root), new { policies = "default", ttl = "1h" }));

        Assert.Equal(200, (await TokenApi.LookupSelfAsync(token)).Status);
        Assert.Equal(200, await TokenApi.PostAsync(token, "auth/token/renew-self", new { increment = "30m" }));
        Assert.Equal(403, await TokenApi.PostAsync(token, "auth/token/create", new { }));
        Assert.Equal(403, (int)(await token.SendAsync(new HttpRequestMessage(new HttpMethod("LIST"), "/v1/auth/token/accessors"))).StatusCode);
        Assert.Equal(403, await TokenApi.PostAsync(token, "auth/token/revoke-orphan", new { token = root }));
        Assert.Equal(204, await TokenApi.PostAsync(token, "auth/token/revoke-self"));
        Assert.Equal(403, (await TokenApi.LookupSelfAsync(token)).Status);
    }

    [Fact]
    public async Task NonSudoCreator_ChildPolicies_OnlyASubsetOfItsOwn()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var rootClient = server.ClientWithToken(root);
        (await rootClient.PutAsJsonAsync("/v1/sys/policies/acl/creator", new { policy = CreatorPolicy })).EnsureSuccessStatusCode();
        var creator = server.ClientWithToken(await TokenApi.CreateTokenAsync(rootClient, new { policies = new[] { "creator", "web" }, ttl = "1h" }));

        var tooMuch = await creator.PostAsJsonAsync("/v1/auth/token/create", new { policies = new[] { "admin" } });
        var orphan = await creator.PostAsJsonAsync("/v1/auth/token/create", new { no_parent = true });
        var periodic = await creator.PostAsJsonAsync("/v1/auth/token/create", new { period = "1h" });
        var subset = await TokenApi.CreateAsync(creator, new { policies = "web", ttl = "2h" });

        Assert.Equal((400, "child policies must be subset of parent"), await ErrorOf(tooMuch));
        Assert.Equal((400, "root or sudo privileges required to create orphan token"), await ErrorOf(orphan));
        Assert.Equal((400, "root or sudo privileges required to create periodic token"), await ErrorOf(periodic));
        Assert.Equal(["default", "web"], subset["policies"]!.AsArray().Select(p => p!.GetValue<string>()));
        // Capped to the creator's remaining hour.
        Assert.InRange(subset["lease_duration"]!.GetValue<long>(), 3590, 3600);
    }

    private static async Task<(int, string)> ErrorOf(HttpResponseMessage response) =>
        ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]![0]!.GetValue<string>());
}
