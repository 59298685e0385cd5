using Platform.EndToEnd.Support;

namespace Platform.EndToEnd.Clients;

/// <summary>
/// Vault's client libraries managing leases (lookup, LIST, renew, revoke, revoke-prefix, revoke-force) with their own
/// lease helpers on a fresh non-dev server, each value compared with what Vault returns.
/// </summary>
public sealed class RealClientLeaseTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Hvac_LeaseScript_LookupRenewRevokeMatchVault()
    {
        var script = Path.Combine(RepositoryPaths.Clients, "hvac", "vault_leases.py");

        await RunAgainstFreshServerAsync(PeerEnvironment.HvacPython, ["-B", script], Path.GetDirectoryName(script)!);
    }

    [Fact]
    public async Task NodeVault_LeaseScript_LookupRenewRevokeMatchVault()
    {
        var directory = PeerEnvironment.NodeVaultDirectory;
        Assert.True(
            Directory.Exists(Path.Combine(directory, "node_modules", "node-vault")),
            $"node-vault is not installed in {directory}: run `npm ci` there (test.sh does).");

        await RunAgainstFreshServerAsync(PeerEnvironment.Node, [Path.Combine(RepositoryPaths.Clients, "node-vault", "vault_leases.js")], directory);
    }

    private async Task RunAgainstFreshServerAsync(string program, string[] arguments, string workingDirectory)
    {
        await using var node = new ServerNode(ServerConfig.Sqlite(), output);
        await node.StartAsync();
        var environment = new Dictionary<string, string> { ["VAULT_ADDR"] = node.Address.ToString().TrimEnd('/') };

        var result = await ClientScript.RunAsync(program, arguments, environment, workingDirectory);

        output.WriteLine(result.Output);
        Assert.True(result.ExitCode == 0, $"{Path.GetFileName(arguments[^1])} exited with {result.ExitCode}:\n{result.Output}");
    }
}
