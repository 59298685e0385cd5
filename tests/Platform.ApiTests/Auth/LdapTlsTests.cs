using Platform.ApiTests.Support;

namespace Platform.ApiTests.Auth;

/// <summary>
/// LDAP over TLS against test.sh's slapd, whose certificate comes from a throwaway CA: <c>ldaps://</c> and StartTLS
/// trust it through the config's <c>certificate</c>, refuse it without, and <c>insecure_tls</c> skips the check for
/// its own connections only.
/// </summary>
public sealed class LdapTlsTests
{
    private readonly LdapPeer _ldap = LdapPeer.Required();

    [Fact]
    public async Task Ldaps_ConfigTrustsTheCa_LogsIn()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await LdapApiTests.StartWithLdapAsync(server);
        await root.ExpectAsync(204, "POST", "auth/ldap/config", _ldap.SearchConfig(new { url = _ldap.LdapsUrl, certificate = await File.ReadAllTextAsync(_ldap.CaFile) }));

        var auth = await server.Client.LoginAsync("ldap", "alice", _ldap.AlicePassword);

        Assert.StartsWith("hvs.", auth.Token());
    }

    [Fact]
    public async Task StartTls_ConfigTrustsTheCa_LogsIn()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await LdapApiTests.StartWithLdapAsync(server);
        await root.ExpectAsync(204, "POST", "auth/ldap/config", _ldap.SearchConfig(new { starttls = true, certificate = await File.ReadAllTextAsync(_ldap.CaFile) }));

        var auth = await server.Client.LoginAsync("ldap", "alice", _ldap.AlicePassword);

        Assert.StartsWith("hvs.", auth.Token());
    }

    [Fact]
    public async Task Ldaps_InsecureTlsOnOneMount_SkipsTheCheckThereAndNowhereElse()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await LdapApiTests.StartWithLdapAsync(server);
        await root.EnableAuthAsync("strict", "ldap");
        await root.ExpectAsync(204, "POST", "auth/ldap/config", _ldap.SearchConfig(new { url = _ldap.LdapsUrl, insecure_tls = true }));
        await root.ExpectAsync(204, "POST", "auth/strict/config", _ldap.SearchConfig(new { url = _ldap.LdapsUrl }));

        var before = await server.Client.ExpectAsync(400, "POST", "auth/strict/login/alice", new { password = _ldap.AlicePassword });
        var insecure = await server.Client.LoginAsync("ldap", "alice", _ldap.AlicePassword);
        var after = await server.Client.ExpectAsync(400, "POST", "auth/strict/login/alice", new { password = _ldap.AlicePassword });

        Assert.StartsWith("hvs.", insecure.Token());
        Assert.Contains("error connecting to host", before.FirstError());
        Assert.Contains("error connecting to host", after.FirstError());
    }

    [Fact]
    public async Task StartTls_ServerCertificateNotTrusted_RefusesWithoutBinding()
    {
        await using var server = await TestServerHost.StartAsync();
        var root = await LdapApiTests.StartWithLdapAsync(server);
        await root.ExpectAsync(204, "POST", "auth/ldap/config", _ldap.SearchConfig(new { starttls = true }));

        var body = await server.Client.ExpectAsync(400, "POST", "auth/ldap/login/alice", new { password = _ldap.AlicePassword });

        Assert.Contains("StartTLS", body.FirstError());
    }
}
