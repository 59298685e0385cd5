using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.ApiTests.Support;

namespace Platform.ApiTests.Policies;

public sealed class PolicyApiTests
{
    private const string ReaderPolicy = "path \"secret/*\" {\n  capabilities = [\"read\", \"list\"]\n}\n";

    [Fact]
    public async Task WriteThenRead_HvacStyleBodyOnLegacyRoute_RulesComeBackVerbatimAtTopLevelAndInData()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var client = server.ClientWithToken(root);

        // hvac sends "policy", and adds fields it does not need.
        var write = await client.PutAsJsonAsync("/v1/sys/policy/Reader", new { policy = ReaderPolicy, extra = (string?)null });
        Assert.Equal(HttpStatusCode.NoContent, write.StatusCode);

        var legacy = await client.GetFromJsonAsync<JsonObject>("/v1/sys/policy/reader");
        Assert.Equal("reader", legacy!["name"]!.GetValue<string>());
        Assert.Equal(ReaderPolicy, legacy["rules"]!.GetValue<string>());
        Assert.Equal(ReaderPolicy, legacy["data"]!["rules"]!.GetValue<string>());

        var acl = await client.GetFromJsonAsync<JsonObject>("/v1/sys/policies/acl/reader");
        Assert.Equal(ReaderPolicy, acl!["data"]!["policy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Write_NodeVaultStyleRulesBodyByPost_ListedWithDefaultAndRoot()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var client = server.ClientWithToken(root);

        var write = await client.PostAsJsonAsync("/v1/sys/policy/ops", new { rules = "{\"path\": {\"sys/*\": {\"policy\": \"sudo\"}}}" });
        Assert.Equal(HttpStatusCode.NoContent, write.StatusCode);

        var legacy = await client.GetFromJsonAsync<JsonObject>("/v1/sys/policy");
        Assert.Equal(["default", "ops", "root"], legacy!["policies"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["default", "ops", "root"], legacy["data"]!["keys"]!.AsArray().Select(n => n!.GetValue<string>()));

        var listed = await client.SendAsync(new HttpRequestMessage(new HttpMethod("LIST"), "/v1/sys/policies/acl/"));
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var keys = (await listed.Content.ReadFromJsonAsync<JsonObject>())!["data"]!["keys"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(["default", "ops", "root"], keys);

        var viaQuery = await client.GetFromJsonAsync<JsonObject>("/v1/sys/policies/acl?list=true");
        Assert.Equal(3, viaQuery!["data"]!["keys"]!.AsArray().Count);
    }

    [Fact]
    public async Task Write_UnknownCapability_Answers400WithPosition()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();

        var response = await server.ClientWithToken(root).PutAsJsonAsync("/v1/sys/policies/acl/bad",
            new { policy = "path \"secret/*\" {\n  capabilities = [\"raed\"]\n}\n" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]![0]!.GetValue<string>();
        Assert.StartsWith("failed to parse policy: bad:2,19-25: Invalid capability; \"raed\" is not a capability", error);
    }

    [Theory]
    [InlineData("PUT", "root", "cannot update \"root\" policy")]
    [InlineData("DELETE", "root", "cannot delete \"root\" policy")]
    [InlineData("DELETE", "default", "cannot delete \"default\" policy")]
    public async Task BuiltInPolicies_CannotBeChangedThatWay_Answer400(string method, string name, string message)
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var request = new HttpRequestMessage(new HttpMethod(method), $"/v1/sys/policies/acl/{name}")
        {
            Content = method == "PUT" ? JsonContent.Create(new { policy = ReaderPolicy }) : null,
        };

        var response = await server.ClientWithToken(root).SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_ThenRead_Answers404AndDefaultStillReadable()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var client = server.ClientWithToken(root);
        await client.PutAsJsonAsync("/v1/sys/policies/acl/temp", new { policy = ReaderPolicy });

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/v1/sys/policies/acl/temp")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/v1/sys/policies/acl/temp")).StatusCode);
        var defaults = await client.GetFromJsonAsync<JsonObject>("/v1/sys/policies/acl/default");
        Assert.Contains("auth/token/lookup-self", defaults!["data"]!["policy"]!.GetValue<string>());
    }

    [Fact]
    public async Task CapabilitiesSelf_RootToken_ReportsRoot()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();

        var response = await server.ClientWithToken(root).PostAsJsonAsync("/v1/sys/capabilities-self", new { paths = new[] { "secret/a", "sys/seal" } });

        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(["root"], body!["data"]!["secret/a"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["root"], body["sys/seal"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async Task Policies_Unauthenticated_Answer403PermissionDenied()
    {
        await using var server = await TestServerHost.StartAsync();
        await server.InitializeAndUnsealAsync();

        var response = await server.Client.GetAsync("/v1/sys/policy");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("permission denied", (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]![0]!.GetValue<string>());
    }
}
