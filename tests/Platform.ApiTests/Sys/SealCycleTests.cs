using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.ApiTests.Support;

namespace Platform.ApiTests.Sys;

public sealed class SealCycleTests
{
    [Fact]
    public async Task Seal_ThenUnseal_RefusesWhileSealedAndServesTheSameDataAfter()
    {
        await using var server = await TestServerHost.StartAsync();
        var (keys, root) = await server.InitializeAndUnsealAsync(3, 2);
        var client = server.ClientWithToken(root);
        var created = await client.PostAsJsonAsync("/v1/auth/token/create", new { policies = new[] { "default" }, display_name = "cycle" });
        created.EnsureSuccessStatusCode();
        var childToken = (await created.Content.ReadFromJsonAsync<JsonObject>())!["auth"]!["client_token"]!.GetValue<string>();

        (await client.PutAsync("/v1/sys/seal", null)).EnsureSuccessStatusCode();
        var whileSealed = await server.ClientWithToken(childToken).GetAsync("/v1/auth/token/lookup-self");
        foreach (var key in keys.Skip(1).Take(2))
        {
            (await server.Client.PutAsJsonAsync("/v1/sys/unseal", new { key })).EnsureSuccessStatusCode();
        }

        var after = await server.ClientWithToken(childToken).GetFromJsonAsync<JsonObject>("/v1/auth/token/lookup-self");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileSealed.StatusCode);
        Assert.Equal("token-cycle", after!["data"]!["display_name"]!.GetValue<string>());
    }
}
