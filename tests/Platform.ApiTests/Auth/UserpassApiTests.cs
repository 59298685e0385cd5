using System.Text.Json.Nodes;
using Platform.ApiTests.Support;

namespace Platform.ApiTests.Auth;

/// <summary>The userpass auth method through the HTTP API: users CRUD, logins, the token a login issues and its renewal.</summary>
public sealed class UserpassApiTests
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task Users_WriteReadListDelete_AnswerInVaultsShapes()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await StartWithUserpassAsync(server);

        await root.ExpectAsync(204, "PUT", "auth/userpass/users/Alice", new { password = Password, policies = "dev, ops", token_ttl = "1h" });
        var read = await root.ExpectAsync(200, "GET", "auth/userpass/users/alice");
        var data = read!["data"]!.AsObject();
        Assert.Equal(["dev", "ops"], data["token_policies"].Strings());
        Assert.Equal(["dev", "ops"], data["policies"].Strings());
        Assert.Equal(3600, data["token_ttl"]!.GetValue<long>());
        Assert.Equal(0, data["token_max_ttl"]!.GetValue<long>());
        Assert.Empty(data["token_bound_cidrs"]!.AsArray());
        Assert.Equal("default", data["token_type"]!.GetValue<string>());
        Assert.Null(data["password"]);

        await root.ExpectAsync(204, "POST", "auth/userpass/users/bob", new { password = Password, token_policies = new[] { "Reader" } });
        var list = await root.ExpectAsync(200, "LIST", "auth/userpass/users");
        Assert.Equal(["alice", "bob"], list!["data"]!["keys"].Strings());
        var bob = await root.ExpectAsync(200, "GET", "auth/userpass/users/bob");
        Assert.Equal(["reader"], bob!["data"]!["token_policies"].Strings());
        Assert.Null(bob["data"]!["policies"]);

        await root.ExpectAsync(204, "POST", "auth/userpass/users/alice/policies", new { token_policies = "admin" });
        var changed = await root.ExpectAsync(200, "GET", "auth/userpass/users/alice");
        Assert.Equal(["admin"], changed!["data"]!["token_policies"].Strings());
        Assert.Null(changed["data"]!["policies"]);

        await root.ExpectAsync(204, "DELETE", "auth/userpass/users/alice");
        var gone = await root.ExpectAsync(404, "GET", "auth/userpass/users/alice");
        Assert.Empty(gone!["errors"]!.AsArray());
        var rest = await root.ExpectAsync(200, "GET", "auth/userpass/users?list=true");
        Assert.Equal(["bob"], rest!["data"]!["keys"].Strings());
    }

    [Fact]
    public async Task Users_CreateWithoutPasswordOrBadFields_Answers400AndStoresNothing()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await StartWithUserpassAsync(server);

        Assert.Equal("missing password", (await root.ExpectAsync(400, "PUT", "auth/userpass/users/alice", new { policies = "dev" })).FirstError());
        Assert.Contains("token_ttl", (await root.ExpectAsync(400, "PUT", "auth/userpass/users/alice", new { password = Password, token_ttl = "soon" })).FirstError());
        Assert.Equal("'token_ttl' cannot be greater than 'token_max_ttl'",
            (await root.ExpectAsync(400, "PUT", "auth/userpass/users/alice", new { password = Password, token_ttl = "2h", token_max_ttl = "1h" })).FirstError());
        await root.ExpectAsync(404, "LIST", "auth/userpass/users");
        await root.ExpectAsync(404, "GET", "auth/userpass/users/a%2A");
    }

    [Fact]
    public async Task Login_RightPassword_ReturnsVaultsAuthBlockForAnOrphanToken()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await StartWithUserpassAsync(server);
        await root.ExpectAsync(204, "PUT", "auth/userpass/users/alice", new { password = Password, policies = "dev" });

        var body = await server.Client.ExpectAsync(200, "POST", "auth/userpass/login/Alice", new { password = Password });

        Assert.Null(body!["data"]);
        Assert.Equal(0, body["lease_duration"]!.GetValue<long>());
        var auth = body["auth"]!.AsObject();
        Assert.StartsWith("hvs.", auth.Token());
        Assert.Equal(["default", "dev"], auth["policies"].Strings());
        Assert.Equal(["default", "dev"], auth["token_policies"].Strings());
        Assert.Equal("alice", auth["metadata"]!["username"]!.GetValue<string>());
        Assert.Equal(768 * 3600, auth["lease_duration"]!.GetValue<long>());
        Assert.True(auth["renewable"]!.GetValue<bool>());
        Assert.True(auth["orphan"]!.GetValue<bool>());
        Assert.Equal("service", auth["token_type"]!.GetValue<string>());
        Assert.Equal("", auth["entity_id"]!.GetValue<string>());
        Assert.Equal(0, auth["num_uses"]!.GetValue<int>());
        Assert.True(auth.ContainsKey("mfa_requirement"));
        Assert.False(string.IsNullOrEmpty(auth["accessor"]!.GetValue<string>()));

        var self = await server.ClientWithToken(auth.Token()).ExpectAsync(200, "GET", "auth/token/lookup-self");
        var entry = self!["data"]!.AsObject();
        Assert.Equal("userpass-alice", entry["display_name"]!.GetValue<string>());
        // Vault records the login path as the request named it.
        Assert.Equal("auth/userpass/login/Alice", entry["path"]!.GetValue<string>());
        Assert.True(entry["orphan"]!.GetValue<bool>());
        Assert.Equal("alice", entry["meta"]!["username"]!.GetValue<string>());
    }

    [Fact]
    public async Task Login_WrongPasswordUnknownUserOrEmptyPassword_Answers400WithoutAToken()
    {
        var log = new StringWriter();
        await using var server = await TestServerHost.StartAsync(logOutput: TextWriter.Synchronized(log));
        var root = await StartWithUserpassAsync(server);
        await root.ExpectAsync(204, "PUT", "auth/userpass/users/alice", new { password = Password });
        const string wrong = "WRONG-PASSWORD-MARKER-91c2";

        var badPassword = await server.Client.ExpectAsync(400, "POST", "auth/userpass/login/alice", new { password = wrong });
        var unknown = await server.Client.ExpectAsync(400, "POST", "auth/userpass/login/mallory", new { password = wrong });
        var empty = await server.Client.ExpectAsync(400, "POST", "auth/userpass/login/alice", new { password = "" });

        Assert.Equal("invalid username or password", badPassword.FirstError());
        Assert.Equal("invalid username or password", unknown.FirstError());
        Assert.Equal("missing password", empty.FirstError());
        var text = log.ToString();
        Assert.Contains("login failed", text);
        Assert.DoesNotContain(wrong, text);
        Assert.DoesNotContain(Password, text);
    }

    [Fact]
    public async Task Login_PasswordChanged_OldOneFailsNewOneWorks()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await StartWithUserpassAsync(server);
        await root.ExpectAsync(204, "PUT", "auth/userpass/users/alice", new { password = Password });

        await root.ExpectAsync(204, "POST", "auth/userpass/users/alice/password", new { password = "new-secret" });

        await server.Client.ExpectAsync(400, "POST", "auth/userpass/login/alice", new { password = Password });
        await server.Client.LoginAsync("userpass", "alice", "new-secret");
        Assert.Equal("username does not exist", (await root.ExpectAsync(400, "POST", "auth/userpass/users/nobody/password", new { password = "x" })).FirstError());
    }

    [Fact]
    public async Task Login_MountTuned_TokenCarriesTheMountsTtls()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, token) = await server.InitializeAndUnsealAsync();
        var root = server.ClientWithToken(token);
        await root.EnableAuthAsync("userpass", "userpass", new { default_lease_ttl = "1h", max_lease_ttl = "2h" });
        await root.ExpectAsync(204, "PUT", "auth/userpass/users/alice", new { password = Password });
        await root.ExpectAsync(204, "PUT", "auth/userpass/users/bob", new { password = Password, token_ttl = "3h" });

        var alice = await server.Client.LoginAsync("userpass", "alice", Password);
        var bob = await server.Client.ExpectAsync(200, "POST", "auth/userpass/login/bob", new { password = Password });
        await root.ExpectAsync(204, "POST", "sys/auth/userpass/tune", new { default_lease_ttl = "30m" });
        var tuned = await server.Client.LoginAsync("userpass", "alice", Password);

        Assert.Equal(3600, alice["lease_duration"]!.GetValue<long>());
        Assert.Equal(7200, bob!["auth"]!["lease_duration"]!.GetValue<long>());
        Assert.Contains(bob["warnings"]!.AsArray(), w => w!.GetValue<string>().Contains("capped", StringComparison.Ordinal));
        Assert.Equal(1800, tuned["lease_duration"]!.GetValue<long>());
        var self = await server.ClientWithToken(alice.Token()).ExpectAsync(200, "GET", "auth/token/lookup-self");
        Assert.InRange(self!["data"]!["ttl"]!.GetValue<long>(), 3590, 3600);
    }

    [Fact]
    public async Task RenewSelf_UserUnchanged_RenewsWithinTheMountsMax()
    {
        await using var server = await TestServerHost.StartAsync();
        var (_, token) = await server.InitializeAndUnsealAsync();
        var root = server.ClientWithToken(token);
        await root.EnableAuthAsync("userpass", "userpass", new { default_lease_ttl = "1h", max_lease_ttl = "2h" });
        await root.ExpectAsync(204, "PUT", "auth/userpass/users/alice", new { password = Password, policies = "dev" });
        var auth = await server.Client.LoginAsync("userpass", "alice", Password);

        var renewed = await server.ClientWithToken(auth.Token()).ExpectAsync(200, "POST", "auth/token/renew-self", new { increment = "5h" });

        // The mount's max (2h from creation) caps the increment, as Vault's CalculateTTL does.
        Assert.InRange(renewed!["auth"]!["lease_duration"]!.GetValue<long>(), 7190, 7200);
    }

    [Fact]
    public async Task RenewSelf_UserDeletedOrPoliciesChanged_IsRefused()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await StartWithUserpassAsync(server);
        await root.ExpectAsync(204, "PUT", "auth/userpass/users/alice", new { password = Password, policies = "dev" });
        await root.ExpectAsync(204, "PUT", "auth/userpass/users/bob", new { password = Password, policies = "dev" });
        var alice = await server.Client.LoginAsync("userpass", "alice", Password);
        var bob = await server.Client.LoginAsync("userpass", "bob", Password);

        await root.ExpectAsync(204, "POST", "auth/userpass/users/alice/policies", new { policies = "dev,admin" });
        await root.ExpectAsync(204, "DELETE", "auth/userpass/users/bob");

        var changed = await server.ClientWithToken(alice.Token()).ExpectAsync(400, "POST", "auth/token/renew-self", new { });
        var deleted = await root.ExpectAsync(400, "POST", "auth/token/renew", new { token = bob.Token() });
        Assert.Equal("policies have changed, not renewing", changed.FirstError());
        Assert.Contains("no longer exists", deleted.FirstError());
    }

    [Fact]
    public async Task DisableAndEnableAgain_UsersOfTheOldMountAreGone()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await StartWithUserpassAsync(server);
        await root.ExpectAsync(204, "PUT", "auth/userpass/users/alice", new { password = Password });

        await root.ExpectAsync(204, "DELETE", "sys/auth/userpass");
        await root.EnableAuthAsync("userpass", "userpass");

        await root.ExpectAsync(404, "LIST", "auth/userpass/users");
        await server.Client.ExpectAsync(400, "POST", "auth/userpass/login/alice", new { password = Password });
    }

    [Fact]
    public async Task Users_TokenWithoutPolicyOnTheMount_Answers403()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await StartWithUserpassAsync(server);
        var narrow = server.ClientWithToken(await root.TokenWithPolicyAsync("users-reader", "path \"auth/userpass/users/*\" { capabilities = [\"read\"] }"));
        await root.ExpectAsync(204, "PUT", "auth/userpass/users/alice", new { password = Password });

        await narrow.ExpectAsync(200, "GET", "auth/userpass/users/alice");
        await narrow.ExpectAsync(403, "PUT", "auth/userpass/users/alice", new { password = "x" });
        await narrow.ExpectAsync(403, "PUT", "auth/userpass/users/eve", new { password = "x" });
        await narrow.ExpectAsync(403, "LIST", "auth/userpass/users");
    }

    [Fact]
    public async Task Login_Sealed_Answers503()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await StartWithUserpassAsync(server);
        await root.ExpectAsync(204, "PUT", "sys/seal");

        await server.Client.ExpectAsync(503, "POST", "auth/userpass/login/alice", new { password = Password });
    }

    [Fact]
    public async Task Login_AuditLog_HoldsNeitherThePasswordNorTheToken()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await StartWithUserpassAsync(server);
        var log = Path.Combine(server.DataDirectory, "audit.log");
        await root.ExpectAsync(204, "PUT", "sys/audit/file", new { type = "file", options = new { file_path = log } });
        await root.ExpectAsync(204, "PUT", "auth/userpass/users/alice", new { password = Password });

        var auth = await server.Client.LoginAsync("userpass", "alice", Password);

        var text = await File.ReadAllTextAsync(log);
        Assert.Contains("auth/userpass/login/alice", text);
        Assert.DoesNotContain(Password, text);
        Assert.DoesNotContain(auth.Token(), text);
    }

    internal static async Task<HttpClient> StartWithUserpassAsync(TestServerHost server)
    {
        var (_, token) = await server.InitializeAndUnsealAsync();
        var root = server.ClientWithToken(token);
        await root.EnableAuthAsync("userpass", "userpass");
        return root;
    }
}
