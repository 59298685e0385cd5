using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.ApiTests.Support;

namespace Platform.ApiTests.Policies;

/// <summary>The ACL deciding real requests: tokens carrying written policies, through the whole pipeline.</summary>
public sealed class PolicyEnforcementTests
{
    private const string PolicyReader = """
        path "sys/policy/*" {
          capabilities = ["read"]
        }
        path "sys/policies/acl/secret-*" {
          capabilities = ["deny"]
        }
        path "sys/policies/acl/*" {
          capabilities = ["read", "list"]
        }
        """;

    [Fact]
    public async Task TokenWithPolicy_GetsExactlyWhatThePolicyGrants()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var admin = server.ClientWithToken(root);
        await WriteAsync(admin, "policy-reader", PolicyReader);
        await WriteAsync(admin, "secret-ops", "path \"secret/*\" { capabilities = [\"read\"] }\n");
        var reader = server.ClientWithToken(await CreateTokenAsync(admin, "policy-reader"));

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/v1/sys/policy/secret-ops")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/v1/sys/policies/acl/policy-reader")).StatusCode);
        await AssertDeniedAsync(await reader.GetAsync("/v1/sys/policies/acl/secret-ops"));
        await AssertDeniedAsync(await reader.PutAsJsonAsync("/v1/sys/policy/evil", new { policy = "path \"*\" { policy = \"sudo\" }" }));
        await AssertDeniedAsync(await reader.DeleteAsync("/v1/sys/policy/secret-ops"));
        await AssertDeniedAsync(await reader.PutAsync("/v1/sys/seal", null));
        // GET sys/policy is a read of "sys/policy" itself, which no rule above grants.
        await AssertDeniedAsync(await reader.GetAsync("/v1/sys/policy"));
    }

    [Fact]
    public async Task PolicyRewritten_TakesEffectOnTheNextRequest()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var admin = server.ClientWithToken(root);
        await WriteAsync(admin, "flip", "path \"sys/policies/acl/flip\" { capabilities = [\"read\"] }\n");
        var token = server.ClientWithToken(await CreateTokenAsync(admin, "flip"));
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/v1/sys/policies/acl/flip")).StatusCode);

        await WriteAsync(admin, "flip", "path \"sys/policies/acl/flip\" { capabilities = [\"deny\"] }\n");

        await AssertDeniedAsync(await token.GetAsync("/v1/sys/policies/acl/flip"));
    }

    [Fact]
    public async Task CapabilitiesSelf_DefaultPlusWrittenPolicy_ReportsMergedCapabilities()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var admin = server.ClientWithToken(root);
        await WriteAsync(admin, "policy-reader", PolicyReader);
        var reader = server.ClientWithToken(await CreateTokenAsync(admin, "policy-reader"));

        var response = await reader.PostAsJsonAsync("/v1/sys/capabilities-self", new { path = "sys/policies/acl/x" });

        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(["list", "read"], body!["capabilities"]!.AsArray().Select(n => n!.GetValue<string>()));
        var self = await reader.PostAsJsonAsync("/v1/sys/capabilities-self", new { paths = "auth/token/lookup-self,sys/seal" });
        var data = (await self.Content.ReadFromJsonAsync<JsonObject>())!["data"]!;
        Assert.Equal(["read"], data["auth/token/lookup-self"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["deny"], data["sys/seal"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async Task Capabilities_OtherTokenAndItsAccessor_ReportThatTokensCapabilities()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();
        var admin = server.ClientWithToken(root);
        await WriteAsync(admin, "policy-reader", PolicyReader);
        var created = await admin.PostAsJsonAsync("/v1/auth/token/create", new { policies = new[] { "policy-reader" } });
        var auth = (await created.Content.ReadFromJsonAsync<JsonObject>())!["auth"]!;

        var byToken = await admin.PostAsJsonAsync("/v1/sys/capabilities", new { token = auth["client_token"]!.GetValue<string>(), paths = new[] { "sys/policies/acl/secret-x" } });
        var byAccessor = await admin.PostAsJsonAsync("/v1/sys/capabilities-accessor", new { accessor = auth["accessor"]!.GetValue<string>(), path = "sys/policy/x" });
        var unknown = await admin.PostAsJsonAsync("/v1/sys/capabilities", new { token = "s.nope", path = "sys/policy/x" });

        Assert.Equal(["deny"], (await byToken.Content.ReadFromJsonAsync<JsonObject>())!["capabilities"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["read"], (await byAccessor.Content.ReadFromJsonAsync<JsonObject>())!["data"]!["sys/policy/x"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    private static async Task WriteAsync(HttpClient client, string name, string text) =>
        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsJsonAsync($"/v1/sys/policies/acl/{name}", new { policy = text })).StatusCode);

    private static async Task<string> CreateTokenAsync(HttpClient admin, params string[] policies)
    {
        var response = await admin.PostAsJsonAsync("/v1/auth/token/create", new { policies });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["auth"]!["client_token"]!.GetValue<string>();
    }

    private static async Task AssertDeniedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("permission denied", (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]![0]!.GetValue<string>());
    }
}
