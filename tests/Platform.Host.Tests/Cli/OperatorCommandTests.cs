using System.Text.Json.Nodes;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Cli;

/// <summary><c>platform operator …</c> and <c>platform status</c> against a real server over HTTP.</summary>
public sealed class OperatorCommandTests
{
    [Fact]
    public async Task Unseal_NoKeyOnInput_IsAUsageError()
    {
        await using var server = await RunningServer.StartAsync();

        var run = await server.CliWithInputAsync("", null, "operator", "unseal");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no unseal key given", run.Error);
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
