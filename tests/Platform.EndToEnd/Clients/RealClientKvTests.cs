using Platform.EndToEnd.Support;

namespace Platform.EndToEnd.Clients;

/// <summary>
/// Vault's client libraries storing secrets in KV v1 and KV v2 on a fresh non-dev server: hvac through its own kv.v1
/// and kv.v2 helpers, node-vault through its generic read/write/list/delete/update as Vault's docs tell its users;
/// versions, check-and-set, patch, soft delete, undelete, destroy, metadata, config and a read-only team policy, each
/// value compared with what Vault returns.
/// </summary>
public sealed class RealClientKvTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Hvac_KvScript_EveryKvStepMatchesVault()
    {
        var script = Path.Combine(RepositoryPaths.Clients, "hvac", "vault_kv.py");

        await RunAgainstFreshServerAsync(PeerEnvironment.HvacPython, ["-B", script], Path.GetDirectoryName(script)!);
    }

    [Fact]
    public async Task NodeVault_KvScript_EveryKvStepMatchesVault()
    {
        var directory = PeerEnvironment.NodeVaultDirectory;
        Assert.True(
            Directory.Exists(Path.Combine(directory, "node_modules", "node-vault")),
            $"node-vault is not installed in {directory}: run `npm ci` there (test.sh does).");

        await RunAgainstFreshServerAsync(PeerEnvironment.Node, [Path.Combine(RepositoryPaths.Clients, "node-vault", "vault_kv.js")], directory);
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
