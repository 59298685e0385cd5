using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.ApiTests.Support;

namespace Platform.ApiTests.Sys;

public sealed class SealStatusTests
{
    [Fact]
    public async Task SealStatus_Uninitialised_ReportsNotInitialisedAndSealed()
    {
        await using var server = await TestServerHost.StartAsync();

        var status = await server.Client.GetFromJsonAsync<JsonObject>("/v1/sys/seal-status");

        Assert.False(status!["initialized"]!.GetValue<bool>());
        Assert.True(status["sealed"]!.GetValue<bool>());
        Assert.Equal("shamir", status["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("", 501)]
    [InlineData("?uninitcode=200", 200)]
    public async Task Health_Uninitialised_Answers501OrTheOverride(string query, int expected)
    {
        await using var server = await TestServerHost.StartAsync();

        var response = await server.Client.GetAsync("/v1/sys/health" + query);

        Assert.Equal(expected, (int)response.StatusCode);
    }

    [Fact]
    public async Task Seal_WhileSealed_Answers503WithVaultText()
    {
        await using var server = await TestServerHost.StartAsync();

        var response = await server.Client.PutAsync("/v1/sys/seal", null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Vault is sealed", body!["errors"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Init_BadSplit_Answers400WithVaultsMessage()
    {
        await using var server = await TestServerHost.StartAsync();

        var response = await server.Client.PutAsJsonAsync("/v1/sys/init", new { secret_shares = 3, secret_threshold = 5 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("secret threshold cannot be larger than secret shares", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unseal_MalformedJson_Answers400NamingTheProblem()
    {
        await using var server = await TestServerHost.StartAsync();

        var response = await server.Client.PutAsync("/v1/sys/unseal", new StringContent("{\"key\": "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("failed to parse JSON input", await response.Content.ReadAsStringAsync());
    }
}
