using System.Text.Json.Nodes;
using Platform.ApiTests.Support;

namespace Platform.ApiTests.Auth;

/// <summary>The LDAP auth method against the real slapd of test.sh: config, policy maps, logins, refusals.</summary>
public sealed class LdapApiTests
{
    private readonly LdapPeer _ldap = LdapPeer.Required();

    [Fact]
    public async Task Config_WrittenAndRead_ShowsFieldsButNeverTheBindPassword()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await StartWithLdapAsync(server);

        var defaults = await root.ExpectAsync(200, "GET", "auth/ldap/config");
        await root.ExpectAsync(204, "POST", "auth/ldap/config", _ldap.SearchConfig(new { token_ttl = "1h", starttls = false }));
        var read = await root.ExpectAsync(200, "GET", "auth/ldap/config");

        Assert.True(defaults!["data"]!["deny_null_bind"]!.GetValue<bool>());
        Assert.Equal("cn", defaults["data"]!["userattr"]!.GetValue<string>());
        var data = read!["data"]!.AsObject();
        Assert.Equal(_ldap.Url, data["url"]!.GetValue<string>());
        Assert.Equal(_ldap.BindDn, data["binddn"]!.GetValue<string>());
        Assert.Equal("uid", data["userattr"]!.GetValue<string>());
        Assert.Equal("(|(memberUid={{.Username}})(member={{.UserDN}})(uniqueMember={{.UserDN}}))", data["groupfilter"]!.GetValue<string>());
        Assert.Equal(3600, data["token_ttl"]!.GetValue<long>());
        Assert.Null(data["bindpass"]);
        Assert.DoesNotContain(_ldap.BindPassword, read.ToJsonString());
    }

    [Theory]
    [InlineData("groupfilter", "(member={{.Evil}})", "unsupported template action")]
    [InlineData("url", "http://example", "invalid LDAP URL")]
    [InlineData("certificate", "not a pem", "certificate")]
    public async Task Config_InvalidField_Answers400AndKeepsThePreviousConfig(string field, string value, string error)
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await StartWithLdapAsync(server);
        await root.ExpectAsync(204, "POST", "auth/ldap/config", _ldap.SearchConfig());

        var body = await root.ExpectAsync(400, "POST", "auth/ldap/config", new JsonObject { [field] = value });

        Assert.Contains(error, body.FirstError());
        Assert.Equal(_ldap.Url, (await root.ExpectAsync(200, "GET", "auth/ldap/config"))!["data"]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Maps_GroupsAndUsers_CrudListAndCaseInsensitiveNames()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await StartWithLdapAsync(server);

        await root.ExpectAsync(204, "POST", "auth/ldap/groups/DEVS", new { policies = "dev-read, Audit" });
        await root.ExpectAsync(204, "POST", "auth/ldap/users/Bob", new { policies = new[] { "bob-extra" }, groups = "devs" });

        var group = await root.ExpectAsync(200, "GET", "auth/ldap/groups/devs");
        Assert.Equal(["audit", "dev-read"], group!["data"]!["policies"].Strings());
        var user = await root.ExpectAsync(200, "GET", "auth/ldap/users/bob");
        Assert.Equal(["bob-extra"], user!["data"]!["policies"].Strings());
        Assert.Equal(["devs"], user["data"]!["groups"].Strings());
        Assert.Equal(["devs"], (await root.ExpectAsync(200, "LIST", "auth/ldap/groups"))!["data"]!["keys"].Strings());
        Assert.Equal(["bob"], (await root.ExpectAsync(200, "GET", "auth/ldap/users?list=true"))!["data"]!["keys"].Strings());

        await root.ExpectAsync(204, "DELETE", "auth/ldap/groups/Devs");
        await root.ExpectAsync(404, "GET", "auth/ldap/groups/devs");
        await root.ExpectAsync(404, "LIST", "auth/ldap/groups");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Login_UserInMappedGroup_GetsTheGroupsPolicies(bool withBindAccount)
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await StartWithLdapAsync(server);
        await root.ExpectAsync(204, "POST", "auth/ldap/config", withBindAccount ? _ldap.SearchConfig() : _ldap.ComposedDnConfig());
        await root.ExpectAsync(204, "POST", "auth/ldap/groups/devs", new { policies = "dev-read" });

        var body = await server.Client.ExpectAsync(200, "POST", "auth/ldap/login/alice", new { password = _ldap.AlicePassword });

        var auth = body!["auth"]!.AsObject();
        Assert.Equal(["default", "dev-read"], auth["policies"].Strings());
        Assert.Equal("alice", auth["metadata"]!["username"]!.GetValue<string>());
        Assert.True(auth["orphan"]!.GetValue<bool>());
        var self = await server.ClientWithToken(auth.Token()).ExpectAsync(200, "GET", "auth/token/lookup-self");
        Assert.Equal("ldap-alice", self!["data"]!["display_name"]!.GetValue<string>());
        Assert.Equal("auth/ldap/login/alice", self["data"]!["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task Login_MemberUidGroupAndUserMap_PoliciesAreMergedFromAllMaps()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await StartWithLdapAsync(server);
        await root.ExpectAsync(204, "POST", "auth/ldap/config", _ldap.SearchConfig(new { token_policies = "base" }));
        await root.ExpectAsync(204, "POST", "auth/ldap/groups/ops", new { policies = "ops-write" });
        await root.ExpectAsync(204, "POST", "auth/ldap/groups/extra", new { policies = "extra-read" });
        await root.ExpectAsync(204, "POST", "auth/ldap/users/bob", new { policies = "bob-own", groups = "extra" });

        var auth = await server.Client.LoginAsync("ldap", "bob", _ldap.BobPassword);

        Assert.Equal(["base", "bob-own", "default", "extra-read", "ops-write"], auth["policies"].Strings());
    }

    [Fact]
    public async Task Login_UserInNoMappedGroup_GetsOnlyDefault()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await StartWithLdapAsync(server);
        await root.ExpectAsync(204, "POST", "auth/ldap/config", _ldap.SearchConfig());
        await root.ExpectAsync(204, "POST", "auth/ldap/groups/devs", new { policies = "dev-read" });

        var auth = await server.Client.LoginAsync("ldap", "bob", _ldap.BobPassword);

        Assert.Equal(["default"], auth["policies"].Strings());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Login_WrongPasswordUnknownUserOrOthersPassword_Answers400WithVaultsText(bool withBindAccount)
    {
        var log = new StringWriter();
        await using var server = await TestServerHost.StartAsync(logOutput: TextWriter.Synchronized(log));
        var root = await StartWithLdapAsync(server);
        await root.ExpectAsync(204, "POST", "auth/ldap/config", withBindAccount ? _ldap.SearchConfig() : _ldap.ComposedDnConfig());

        var wrong = await server.Client.ExpectAsync(400, "POST", "auth/ldap/login/alice", new { password = "not-" + _ldap.AlicePassword });
        var unknown = await server.Client.ExpectAsync(400, "POST", "auth/ldap/login/mallory", new { password = _ldap.AlicePassword });
        var others = await server.Client.ExpectAsync(400, "POST", "auth/ldap/login/alice", new { password = _ldap.BobPassword });

        Assert.Equal("ldap operation failed: failed to bind as user", wrong.FirstError());
        Assert.Equal("ldap operation failed: failed to bind as user", unknown.FirstError());
        Assert.Equal("ldap operation failed: failed to bind as user", others.FirstError());
        Assert.DoesNotContain(_ldap.AlicePassword, log.ToString());
        Assert.DoesNotContain(_ldap.BobPassword, log.ToString());
        Assert.Contains("ldap login failed", log.ToString());
    }

    [Fact]
    public async Task Login_EmptyOrMissingPassword_IsRefusedBeforeAnyBind()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await StartWithLdapAsync(server);
        // An unreachable server: a refusal that needed the directory would answer a connection error instead.
        await root.ExpectAsync(204, "POST", "auth/ldap/config", new { url = "ldap://127.0.0.1:1", userdn = _ldap.UserDn, userattr = "uid", deny_null_bind = false });

        var empty = await server.Client.ExpectAsync(400, "POST", "auth/ldap/login/alice", new { password = "" });
        var missing = await server.Client.ExpectAsync(400, "POST", "auth/ldap/login/alice", new { });

        Assert.Equal("password cannot be of zero length when passwordless binds are being denied", empty.FirstError());
        Assert.Equal("password cannot be of zero length when passwordless binds are being denied", missing.FirstError());
    }

    [Theory]
    [InlineData("*)(uid=*", true)]
    [InlineData("alice)(|(uid=*", true)]
    [InlineData("*", true)]
    [InlineData("alice*", true)]
    [InlineData("*)(uid=*", false)]
    [InlineData("alice)(|(uid=*", false)]
    [InlineData("*", false)]
    [InlineData("alice,ou=users", false)]
    public async Task Login_FilterOrDnInjectionInTheUsername_NeverLogsInAsSomeoneElse(string username, bool withBindAccount)
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await StartWithLdapAsync(server);
        await root.ExpectAsync(204, "POST", "auth/ldap/config", withBindAccount ? _ldap.SearchConfig() : _ldap.ComposedDnConfig());
        await root.ExpectAsync(204, "POST", "auth/ldap/groups/devs", new { policies = "dev-read" });

        foreach (var password in new[] { _ldap.AlicePassword, _ldap.BobPassword, "x" })
        {
            var body = await server.Client.ExpectAsync(400, "POST", "auth/ldap/login/" + Uri.EscapeDataString(username), new { password });
            Assert.Equal("ldap operation failed: failed to bind as user", body.FirstError());
        }
    }

    [Fact]
    public async Task Login_FirstUrlUnreachable_TheNextOneServes()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await StartWithLdapAsync(server);
        await root.ExpectAsync(204, "POST", "auth/ldap/config", _ldap.SearchConfig(new { url = "ldap://127.0.0.1:1," + _ldap.Url }));

        var auth = await server.Client.LoginAsync("ldap", "alice", _ldap.AlicePassword);

        Assert.StartsWith("hvs.", auth.Token());
    }

    [Fact]
    public async Task RenewSelf_GroupMapChanged_IsRefusedUnchanged_Renews()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await StartWithLdapAsync(server);
        await root.ExpectAsync(204, "POST", "auth/ldap/config", _ldap.SearchConfig());
        await root.ExpectAsync(204, "POST", "auth/ldap/groups/devs", new { policies = "dev-read" });
        var auth = await server.Client.LoginAsync("ldap", "alice", _ldap.AlicePassword);
        var alice = server.ClientWithToken(auth.Token());

        await alice.ExpectAsync(200, "POST", "auth/token/renew-self", new { increment = "1h" });
        await root.ExpectAsync(204, "POST", "auth/ldap/groups/devs", new { policies = "dev-read,admin" });
        var refused = await alice.ExpectAsync(400, "POST", "auth/token/renew-self", new { });

        Assert.Equal("policies have changed, not renewing", refused.FirstError());
    }

    internal static async Task<HttpClient> StartWithLdapAsync(TestServerHost server)
    {
        var (_, token) = await server.InitializeAndUnsealAsync();
        var root = server.ClientWithToken(token);
        await root.EnableAuthAsync("ldap", "ldap");
        return root;
    }
}
