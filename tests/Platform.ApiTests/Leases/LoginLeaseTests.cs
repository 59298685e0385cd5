using Platform.ApiTests.Auth;
using Platform.ApiTests.Support;
using Platform.ApiTests.Tokens;

namespace Platform.ApiTests.Leases;

/// <summary>Leases of login tokens: where they live, and that the auth method's end ends them.</summary>
public sealed class LoginLeaseTests
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task Login_Userpass_TokenHasALeaseUnderTheLoginPath()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await UserpassApiTests.StartWithUserpassAsync(server);
        await root.ExpectAsync(204, "PUT", "auth/userpass/users/alice", new { password = Password, policies = "dev" });

        var token = (await server.Client.LoginAsync("userpass", "alice", Password)).Token();
        var leaseId = LeaseApi.TokenLeaseId(token, "auth/userpass/login/alice");
        var (status, body) = await LeaseApi.LookupAsync(root, leaseId);

        Assert.Equal(200, status);
        Assert.Equal(leaseId, body!["data"]!["id"]!.GetValue<string>());
        Assert.Equal(["alice/"], await LeaseApi.KeysAsync(root, "auth/userpass/login/"));
    }

    [Fact]
    public async Task DisableAuthMount_RevokesTheTokensItsLoginsIssued()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await UserpassApiTests.StartWithUserpassAsync(server);
        await root.ExpectAsync(204, "PUT", "auth/userpass/users/alice", new { password = Password, policies = "dev" });
        var token = (await server.Client.LoginAsync("userpass", "alice", Password)).Token();
        Assert.Equal(200, (await TokenApi.LookupSelfAsync(server.ClientWithToken(token))).Status);

        await root.ExpectAsync(204, "DELETE", "sys/auth/userpass");

        Assert.Equal(403, (await TokenApi.LookupSelfAsync(server.ClientWithToken(token))).Status);
        Assert.Empty(await LeaseApi.KeysAsync(root, "auth/userpass/login/alice/"));
    }

    [Fact]
    public async Task RevokePrefix_AuthMount_RevokesEveryLoginTokenAndNoOtherToken()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await UserpassApiTests.StartWithUserpassAsync(server);
        await root.ExpectAsync(204, "PUT", "auth/userpass/users/alice", new { password = Password });
        await root.ExpectAsync(204, "PUT", "auth/userpass/users/bob", new { password = Password });
        var alice = (await server.Client.LoginAsync("userpass", "alice", Password)).Token();
        var bob = (await server.Client.LoginAsync("userpass", "bob", Password)).Token();
        var other = await TokenApi.CreateTokenAsync(root, new { ttl = "1h" });

        var (status, _) = await LeaseApi.SendAsync(root, "PUT", "sys/leases/revoke-prefix/auth/userpass/");

        Assert.Equal(204, status);
        Assert.Equal(403, (await TokenApi.LookupSelfAsync(server.ClientWithToken(alice))).Status);
        Assert.Equal(403, (await TokenApi.LookupSelfAsync(server.ClientWithToken(bob))).Status);
        Assert.Equal(200, (await TokenApi.LookupSelfAsync(server.ClientWithToken(other))).Status);
    }
}
