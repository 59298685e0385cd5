using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.ApiTests.Support;

namespace Platform.ApiTests.Sys;

/// <summary><c>sys/health</c>: Vault's status codes for each state and every query override load balancers send.</summary>
public sealed class HealthTests
{
    [Theory]
    [InlineData("", 501)]
    [InlineData("?uninitcode=200", 200)]
    [InlineData("?sealedcode=200", 501)]
    [InlineData("?activecode=204", 501)]
    [InlineData("?standbyok=true&perfstandbyok=true", 501)]
    public async Task Health_Uninitialised_Answers501OrItsOverride(string query, int expected)
    {
        await using var server = await TestServerHost.StartAsync();

        var response = await server.Client.GetAsync("/v1/sys/health" + query);

        Assert.Equal(expected, (int)response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.False(body!["initialized"]!.GetValue<bool>());
        Assert.True(body["sealed"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("", 503)]
    [InlineData("?sealedcode=200", 200)]
    [InlineData("?sealedcode=299&uninitcode=200", 299)]
    [InlineData("?activecode=200", 503)]
    public async Task Health_Sealed_Answers503OrItsOverride(string query, int expected)
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        (await server.ClientWithToken(root).PutAsync("/v1/sys/seal", null)).EnsureSuccessStatusCode();

        var response = await server.Client.GetAsync("/v1/sys/health" + query);

        Assert.Equal(expected, (int)response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(body!["initialized"]!.GetValue<bool>());
        Assert.True(body["sealed"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("", 200)]
    [InlineData("?activecode=299", 299)]
    [InlineData("?standbyok=true", 200)]
    [InlineData("?standbyok", 200)]
    [InlineData("?perfstandbyok=true", 200)]
    // This platform has no standby nodes: the standby codes never apply to an unsealed node.
    [InlineData("?standbycode=200&performancestandbycode=200&drsecondarycode=200", 200)]
    [InlineData("?standbycode=500", 200)]
    [InlineData("?sealedcode=500&uninitcode=500", 200)]
    public async Task Health_Active_Answers200OrItsOverride(string query, int expected)
    {
        await using var server = await TestServerHost.StartAsync();
        await server.InitializeAndUnsealAsync();

        var response = await server.Client.GetAsync("/v1/sys/health" + query);

        Assert.Equal(expected, (int)response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(body!["initialized"]!.GetValue<bool>());
        Assert.False(body["sealed"]!.GetValue<bool>());
        Assert.False(body["standby"]!.GetValue<bool>());
        Assert.False(body["performance_standby"]!.GetValue<bool>());
        Assert.True(body["server_time_utc"]!.GetValue<long>() > 1_600_000_000);
    }

    [Theory]
    [InlineData("?activecode=abc", "activecode")]
    [InlineData("?sealedcode=99", "sealedcode")]
    [InlineData("?uninitcode=600", "uninitcode")]
    [InlineData("?standbycode=-1", "standbycode")]
    [InlineData("?standbyok=perhaps", "standbyok")]
    [InlineData("?perfstandbyok=2", "perfstandbyok")]
    public async Task Health_MalformedParameter_Answers400NamingIt(string query, string parameter)
    {
        await using var server = await TestServerHost.StartAsync();

        var response = await server.Client.GetAsync("/v1/sys/health" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains(parameter, Assert.Single(body!["errors"]!.AsArray())!.GetValue<string>());
    }

    [Theory]
    [InlineData("", 501)]
    [InlineData("?uninitcode=200", 200)]
    public async Task HealthHead_Uninitialised_SameCodeAndNoBody(string query, int expected)
    {
        await using var server = await TestServerHost.StartAsync();

        var response = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/v1/sys/health" + query));

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}
