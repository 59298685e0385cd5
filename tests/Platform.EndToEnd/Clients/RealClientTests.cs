using Platform.EndToEnd.Support;

namespace Platform.EndToEnd.Clients;

/// <summary>
/// Vault's own client libraries, unchanged, against a fresh non-dev server: hvac (Python) and node-vault (Node.js)
/// each run a script in tests/clients that inits, unseals, checks seal status and health, writes and reads
/// policies, and creates, looks up, renews and revokes tokens, comparing every value with what Vault returns.
/// </summary>
public sealed class RealClientTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Hvac_VaultLifecycleScript_EveryStepMatchesVault()
    {
        var python = PeerEnvironment.HvacPython;
        var script = Path.Combine(RepositoryPaths.Clients, "hvac", "vault_lifecycle.py");

        await RunAgainstFreshServerAsync(python, ["-B", script], Path.GetDirectoryName(script)!);
    }

    [Fact]
    public async Task NodeVault_VaultLifecycleScript_EveryStepMatchesVault()
    {
        var directory = PeerEnvironment.NodeVaultDirectory;
        Assert.True(
            Directory.Exists(Path.Combine(directory, "node_modules", "node-vault")),
            $"node-vault is not installed in {directory}: run `npm ci` there (test.sh does).");

        await RunAgainstFreshServerAsync(PeerEnvironment.Node, [Path.Combine(RepositoryPaths.Clients, "node-vault", "vault_lifecycle.js")], directory);
    }

    private async Task RunAgainstFreshServerAsync(string program, string[] arguments, string workingDirectory)
    {
        await using var node = new ServerNode(ServerConfig.Sqlite(), output);
        await node.StartAsync();

        var result = await ClientScript.RunAsync(program, arguments, new Dictionary<string, string> { ["VAULT_ADDR"] = node.Address.ToString().TrimEnd('/') }, workingDirectory);

        output.WriteLine(result.Output);
        Assert.True(result.ExitCode == 0, $"{Path.GetFileName(arguments[^1])} exited with {result.ExitCode}:\n{result.Output}");
    }
}
