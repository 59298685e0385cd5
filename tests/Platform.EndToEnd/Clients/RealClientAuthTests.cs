using Platform.EndToEnd.Support;

namespace Platform.EndToEnd.Clients;

/// <summary>
/// Vault's client libraries logging in through userpass and LDAP (test.sh's slapd) on a fresh non-dev server, with
/// their own login helpers, each value compared with what Vault returns.
/// </summary>
public sealed class RealClientAuthTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Hvac_AuthScript_UserpassAndLdapLoginsMatchVault()
    {
        var python = PeerEnvironment.HvacPython;
        var script = Path.Combine(RepositoryPaths.Clients, "hvac", "vault_auth.py");

        await RunAgainstFreshServerAsync(python, ["-B", script], Path.GetDirectoryName(script)!);
    }

    [Fact]
    public async Task NodeVault_AuthScript_UserpassAndLdapLoginsMatchVault()
    {
        var directory = PeerEnvironment.NodeVaultDirectory;
        Assert.True(
            Directory.Exists(Path.Combine(directory, "node_modules", "node-vault")),
            $"node-vault is not installed in {directory}: run `npm ci` there (test.sh does).");

        await RunAgainstFreshServerAsync(PeerEnvironment.Node, [Path.Combine(RepositoryPaths.Clients, "node-vault", "vault_auth.js")], directory);
    }

    private async Task RunAgainstFreshServerAsync(string program, string[] arguments, string workingDirectory)
    {
        var environment = new Dictionary<string, string>(PeerEnvironment.Ldap);
        await using var node = new ServerNode(ServerConfig.Sqlite(), output);
        await node.StartAsync();
        environment["VAULT_ADDR"] = node.Address.ToString().TrimEnd('/');

        var result = await ClientScript.RunAsync(program, arguments, environment, workingDirectory);

        output.WriteLine(result.Output);
        Assert.True(result.ExitCode == 0, $"{Path.GetFileName(arguments[^1])} exited with {result.ExitCode}:\n{result.Output}");
    }
}
