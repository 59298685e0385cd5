using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.ApiTests.Support;

namespace Platform.ApiTests.Routing;

/// <summary>The catch-all route: paths under no mount get Vault's 404, and the fixed routes still win over it.</summary>
public sealed class LogicalRoutingTests
{
    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("LIST")]
    public async Task AnyVerb_PathUnderNoMount_Answers404WithVaultsMessage(string method)
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();

        var response = await server.ClientWithToken(root).SendAsync(new HttpRequestMessage(new HttpMethod(method), "/v1/nothing-here/a/b")
        {
            Content = method == "PUT" ? JsonContent.Create(new { value = "x" }) : null,
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("no handler for route \"nothing-here/a/b\". route entry not found.", body!["errors"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_FixedRouteBesideTheCatchAll_IsServedByTheFixedRoute()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();

        var response = await server.ClientWithToken(root).GetAsync("/v1/auth/token/lookup-self");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_Sealed_Answers503BeforeRouting()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        (await server.ClientWithToken(root).PutAsync("/v1/sys/seal", null)).EnsureSuccessStatusCode();

        var response = await server.ClientWithToken(root).GetAsync("/v1/secret/anything");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
