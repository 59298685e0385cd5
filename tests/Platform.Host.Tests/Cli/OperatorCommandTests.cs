using System.Text.Json.Nodes;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Cli;

/// <summary><c>platform operator …</c> and <c>platform status</c> against a real server over HTTP.</summary>
public sealed class OperatorCommandTests
{
    [Fact]
    public async Task Init_Defaults_PrintsFiveKeysTheRootTokenAndTheThreshold()
    {
        await using var server = await RunningServer.StartAsync();

        var run = await server.CliAsync(null, "operator", "init");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(5, run.Output.Split('\n').Count(l => l.StartsWith("Unseal Key ", StringComparison.Ordinal)));
        Assert.Matches(@"Initial Root Token: \S+", run.Output);
        Assert.Contains("5 key shares and a key threshold of 3", run.Output);
    }

    [Fact]
    public async Task InitUnsealStatus_ThresholdShares_UnsealsStepByStep()
    {
        await using var server = await RunningServer.StartAsync();
        var init = await server.CliAsync(null, "operator", "init", "-key-shares=3", "-key-threshold=2", "-format=json");
        var keys = JsonNode.Parse(init.Output)!["unseal_keys_b64"]!.AsArray().Select(k => k!.GetValue<string>()).ToList();

        var sealedStatus = await server.CliAsync(null, "status");
        var first = await server.CliAsync(null, "operator", "unseal", keys[0]);
        // Without KEY the share is read from standard input, as the hidden prompt would take it.
        var second = await server.CliWithInputAsync(keys[2] + "\n", null, "operator", "unseal");
        var unsealedStatus = await server.CliAsync(null, "operator", "status");

        Assert.Equal(0, init.ExitCode);
        Assert.Equal(3, keys.Count);
        Assert.Equal(2, sealedStatus.ExitCode);
        Assert.Matches(@"Sealed\s+true", sealedStatus.Output);
        Assert.Matches(@"Unseal Progress\s+0/2", sealedStatus.Output);
        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"Unseal Progress\s+1/2", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Unseal Key (will be hidden): ", second.Error);
        Assert.Matches(@"Sealed\s+false", second.Output);
        Assert.Equal(0, unsealedStatus.ExitCode);
        Assert.StartsWith("Key ", unsealedStatus.Output);
        Assert.Matches(@"Total Shares\s+3", unsealedStatus.Output);
        Assert.Matches(@"Threshold\s+2", unsealedStatus.Output);
        Assert.DoesNotContain("Unseal Progress", unsealedStatus.Output);
    }

    [Fact]
    public async Task Unseal_Reset_DiscardsProgress()
    {
        await using var server = await RunningServer.StartAsync();
        var init = await server.CliAsync(null, "operator", "init", "-key-shares=3", "-key-threshold=2", "-format=json");
        var key = JsonNode.Parse(init.Output)!["unseal_keys_hex"]![0]!.GetValue<string>();
        await server.CliAsync(null, "operator", "unseal", key);

        var reset = await server.CliAsync(null, "operator", "unseal", "-reset", "-format=json");

        Assert.Equal(0, reset.ExitCode);
        Assert.Equal(0, JsonNode.Parse(reset.Output)!["progress"]!.GetValue<int>());
    }

    [Fact]
    public async Task Unseal_WrongKey_PrintsTheServersErrorAndExitsOne()
    {
        await using var server = await RunningServer.StartAsync();
        await server.CliAsync(null, "operator", "init", "-key-shares=1", "-key-threshold=1");

        var run = await server.CliAsync(null, "operator", "unseal", "not-a-key");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Error unsealing: Code: 400.", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task Unseal_NoKeyOnInput_IsAUsageError()
    {
        await using var server = await RunningServer.StartAsync();

        var run = await server.CliWithInputAsync("", null, "operator", "unseal");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no unseal key given", run.Error);
    }

    [Fact]
    public async Task Init_Twice_ExitsOneWithAlreadyInitialized()
    {
        await using var server = await RunningServer.StartAsync();
        await server.CliAsync(null, "operator", "init", "-key-shares=1", "-key-threshold=1");

        var run = await server.CliAsync(null, "operator", "init", "-key-shares=1", "-key-threshold=1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Vault is already initialized", run.Error);
    }

    [Fact]
    public async Task InitStatus_BeforeAndAfter_ExitsTwoThenZero()
    {
        await using var server = await RunningServer.StartAsync();

        var before = await server.CliAsync(null, "operator", "init", "-status");
        await server.InitializeAndUnsealAsync();
        var after = await server.CliAsync(null, "operator", "init", "-status");

        Assert.Equal(2, before.ExitCode);
        Assert.Equal(0, after.ExitCode);
    }

    [Fact]
    public async Task SealAndStatus_RootToken_SealsAndStatusExitsTwo()
    {
        await using var server = await RunningServer.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();

        var seal = await server.CliAsync(root, "operator", "seal");
        var status = await server.CliAsync(null, "status", "-format=json");

        Assert.Equal(0, seal.ExitCode);
        Assert.Equal("Success! Platform is sealed.\n", seal.Output.ReplaceLineEndings("\n"));
        Assert.Equal(2, status.ExitCode);
        Assert.True(JsonNode.Parse(status.Output)!["sealed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Seal_NoToken_IsRefusedAndExitsOne()
    {
        await using var server = await RunningServer.StartAsync();
        await server.InitializeAndUnsealAsync();

        var seal = await server.CliAsync(null, "operator", "seal");
        var status = await server.CliAsync(null, "status");

        Assert.Equal(1, seal.ExitCode);
        Assert.StartsWith("Error sealing: Code: 403.", seal.Error);
        Assert.Equal(0, status.ExitCode);
    }

    [Fact]
    public async Task RotateAndKeyStatus_RootToken_TermGoesFromOneToTwo()
    {
        await using var server = await RunningServer.StartAsync();
        var (_, root) = await server.InitializeAndUnsealAsync();

        var before = await server.CliAsync(root, "operator", "key-status", "-format=json");
        var rotate = await server.CliAsync(root, "operator", "rotate");
        var after = await server.CliAsync(root, "operator", "key-status");

        Assert.Equal(0, before.ExitCode);
        Assert.Equal(1, JsonNode.Parse(before.Output)!["term"]!.GetValue<int>());
        Assert.Equal(0, rotate.ExitCode);
        Assert.StartsWith("Success! Rotated key", rotate.Output);
        Assert.Matches(@"Key Term\s+2", rotate.Output);
        Assert.Matches(@"Key Term\s+2", after.Output);
        Assert.Matches(@"Install Time\s+\d{4}-", after.Output);
    }

    [Fact]
    public async Task Status_NoServer_SaysItCannotReachItAndExitsOne()
    {
        var run = await Task.Run(() => CliRun.InvokeWithInput("", new Platform.Host.Cli.Api.CliEnvironment("http://127.0.0.1:9", null), "status"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot reach http://127.0.0.1:9", run.Error);
    }

    [Fact]
    public void Init_BadFormat_IsAUsageError()
    {
        var run = CliRun.Invoke("operator", "init", "-format=yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("-format must be table or json", run.Error);
    }

    [Fact]
    public async Task Status_Uninitialised_PrintsVaultsTableAndExitsTwo()
    {
        await using var server = await RunningServer.StartAsync();

        var run = await server.CliAsync(null, "status");

        Assert.Equal(2, run.ExitCode);
        var lines = run.Output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^Key\s+Value$", lines[0]);
        Assert.Matches(@"^Seal Type\s+shamir$", lines[2]);
        Assert.Matches(@"^Initialized\s+false$", lines[3]);
        Assert.Matches(@"^Sealed\s+true$", lines[4]);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^Unseal Progress\s+0/0$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^Storage Type\s+sqlite$"));
    }

    [Fact]
    public async Task InitStatus_Uninitialised_ExitsTwo()
    {
        await using var server = await RunningServer.StartAsync();

        var run = await server.CliAsync(null, "operator", "init", "-status");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("Vault is not initialized", run.Output.Trim());
    }

    [Fact]
    public async Task Unseal_Uninitialised_PrintsTheServersErrorAndExitsOne()
    {
        await using var server = await RunningServer.StartAsync();

        var run = await server.CliAsync(null, "operator", "unseal", "abcd");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Error unsealing: Code: 400.", run.Error);
        Assert.Contains("Vault is not initialized", run.Error);
        Assert.Equal("", run.Output);
    }
}
