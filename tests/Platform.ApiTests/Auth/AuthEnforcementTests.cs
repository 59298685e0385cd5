using Platform.ApiTests.Support;

namespace Platform.ApiTests.Auth;

/// <summary>
/// The enforcement matrix: a user logged in through LDAP (group mapped to a policy) or userpass (policy on
/// the user) holding <c>read</c> on <c>secret/data/team/*</c> can read there and nowhere else, cannot write, and
/// cannot list <c>sys/</c>.
/// </summary>
public sealed class AuthEnforcementTests
{
    private const string TeamRead = """
        path "secret/data/team/*" {
          capabilities = ["read"]
        }
        """;

    [Theory]
    [InlineData("userpass")]
    [InlineData("ldap")]
    public async Task LoggedInUser_TeamReadPolicy_HasExactlyReadOnTeamPaths(string method)
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, rootToken) = await server.InitializeAndUnsealAsync();
        var root = server.ClientWithToken(rootToken);
        await root.ExpectAsync(204, "PUT", "sys/policy/team-read", new { policy = TeamRead });
        var user = server.ClientWithToken(await LoginWithTeamReadAsync(server, root, method));

        Assert.Equal(["read"], await CapabilitiesAsync(user, "secret/data/team/app"));
        Assert.Equal(["read"], await CapabilitiesAsync(user, "secret/data/team/deep/er"));
        Assert.Equal(["deny"], await CapabilitiesAsync(user, "secret/data/other"));
        Assert.Equal(["deny"], await CapabilitiesAsync(user, "secret/data/team"));
        Assert.Equal(["deny"], await CapabilitiesAsync(user, "secret/metadata/team/app"));
        Assert.Equal(["deny"], await CapabilitiesAsync(user, "sys/mounts"));
        await user.ExpectAsync(403, "LIST", "sys/policies/acl");
        await user.ExpectAsync(403, "GET", "sys/mounts");
        await user.ExpectAsync(403, "GET", "sys/auth");
        await user.ExpectAsync(403, "PUT", "sys/policy/team-read", new { policy = "path \"*\" { capabilities = [\"sudo\"] }" });
        await user.ExpectAsync(403, "POST", "auth/token/create", new { policies = "team-read" });
        await user.ExpectAsync(403, "GET", $"auth/{method}/users?list=true");
    }

    [Theory]
    [InlineData("userpass")]
    [InlineData("ldap")]
    public async Task LoggedInUser_TeamReadPolicy_ReadsTeamSecretsInKvV2AndNothingElse(string method)
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, rootToken) = await server.InitializeAndUnsealAsync();
        var root = server.ClientWithToken(rootToken);
        await root.ExpectAsync(204, "POST", "sys/mounts/secret", new { type = "kv", options = new { version = "2" } });
        await root.ExpectAsync(204, "PUT", "sys/policy/team-read", new { policy = TeamRead });
        await root.ExpectAsync(200, "PUT", "secret/data/team/app", new { data = new { password = "team-secret" } });
        await root.ExpectAsync(200, "PUT", "secret/data/other", new { data = new { password = "other-secret" } });
        var user = server.ClientWithToken(await LoginWithTeamReadAsync(server, root, method));

        var read = await user.ExpectAsync(200, "GET", "secret/data/team/app");
        Assert.Equal("team-secret", read!["data"]!["data"]!["password"]!.GetValue<string>());
        await user.ExpectAsync(403, "GET", "secret/data/other");
        await user.ExpectAsync(403, "PUT", "secret/data/team/app", new { data = new { password = "overwritten" } });
        await user.ExpectAsync(403, "PUT", "secret/data/team/new", new { data = new { password = "planted" } });
        await user.ExpectAsync(403, "DELETE", "secret/data/team/app");
        await user.ExpectAsync(403, "LIST", "secret/metadata/team");
        await user.ExpectAsync(403, "GET", "secret/metadata/team/app");
        await user.ExpectAsync(403, "LIST", "sys/policies/acl");
        await user.ExpectAsync(403, "GET", "sys/mounts");
        var unchanged = await root.ExpectAsync(200, "GET", "secret/data/team/app");
        Assert.Equal("team-secret", unchanged!["data"]!["data"]!["password"]!.GetValue<string>());
        await root.ExpectAsync(404, "GET", "secret/data/team/new");
    }

    /// <summary>Sets the method up so that alice's login carries <c>team-read</c>, logs her in, returns her token.</summary>
    internal static async Task<string> LoginWithTeamReadAsync(TestServerHost server, HttpClient root, string method)
    {
        await root.EnableAuthAsync(method, method);
        if (method == "ldap")
        {
            var ldap = LdapPeer.Required();
            await root.ExpectAsync(204, "POST", "auth/ldap/config", ldap.SearchConfig());
            await root.ExpectAsync(204, "POST", "auth/ldap/groups/devs", new { policies = "team-read" });
            var auth = await server.Client.LoginAsync("ldap", "alice", ldap.AlicePassword);
            Assert.Equal(["default", "team-read"], auth["policies"].Strings());
            return auth.Token();
        }

        await root.ExpectAsync(204, "PUT", "auth/userpass/users/alice", new { password = "alice-userpass-password", token_policies = "team-read" });
        var login = await server.Client.LoginAsync("userpass", "alice", "alice-userpass-password");
        Assert.Equal(["default", "team-read"], login["policies"].Strings());
        return login.Token();
    }

    private static async Task<IReadOnlyList<string>> CapabilitiesAsync(HttpClient client, string path)
    {
        var body = await client.ExpectAsync(200, "POST", "sys/capabilities-self", new { path });
        return body!["capabilities"].Strings();
    }
}
