using System.CommandLine;
using System.Text.Json.Nodes;
using Platform.ApiTests.Support;
using Platform.Host.Cli;
using Platform.Host.Cli.Api;

namespace Platform.ApiTests.Cli;

/// <summary><c>platform secrets …</c> against a real listening server, as a user would run it.</summary>
public sealed class SecretsCommandTests : IAsyncLifetime
{
    private ListeningServerHost _server = null!;

    public async Task InitializeAsync() => _server = await ListeningServerHost.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public void EnableAndList_KvWithVersion_PrintsVaultsMessageAndTable()
    {
        var enable = Run("secrets", "enable", "-path=apps", "-version=2", "-description=app secrets", "kv");
        var list = Run("secrets", "list");
        var detailed = Run("secrets", "list", "-detailed");
        var json = Run("secrets", "list", "-format=json");

        Assert.Equal(0, enable.ExitCode);
        Assert.Equal("Success! Enabled the kv secrets engine at: apps/\n", enable.Output);
        Assert.Matches(@"^Path\s+Type\s+Accessor\s+Description\n----\s+----\s+--------\s+-----------\n", list.Output);
        Assert.Matches(@"apps/\s+kv\s+kv_[0-9a-f]{8}\s+app secrets\n", list.Output);
        Assert.Matches(@"sys/\s+system\s+system_[0-9a-f]{8}\s+system endpoints used for control, policy and debugging\n", list.Output);
        Assert.Matches(@"apps/\s+kv\s+kv_[0-9a-f]{8}\s+system\s+system\s+false\s+replicated\s+false\s+false\s+map\[version:2\]\s+app secrets\s+[0-9a-f-]{36}\n", detailed.Output);
        Assert.Equal("2", JsonNode.Parse(json.Output)!["apps/"]!["options"]!["version"]!.GetValue<string>());
    }

    [Fact]
    public void Enable_UnknownType_FailsWithTheServersError()
    {
        var run = Run("secrets", "enable", "nosuch");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("plugin not found in the catalog: nosuch", run.Error);
    }

    [Fact]
    public void TuneMoveDisable_KvMount_EachPrintsVaultsMessage()
    {
        Run("secrets", "enable", "kv");

        var tune = Run("secrets", "tune", "-default-lease-ttl=1h", "-max-lease-ttl=2h", "kv/");
        var move = Run("secrets", "move", "kv", "moved");
        var list = Run("secrets", "list", "-detailed");
        var disable = Run("secrets", "disable", "moved");
        var after = Run("secrets", "list");

        Assert.Equal("Success! Tuned the secrets engine at: kv/\n", tune.Output);
        Assert.Matches(@"^Started moving secrets engine kv/ to moved/, with migration ID [0-9a-f-]{36}\nSuccess! Finished moving secrets engine kv/ to moved/, with migration ID [0-9a-f-]{36}\n$", move.Output);
        Assert.Matches(@"moved/\s+kv\s+kv_[0-9a-f]{8}\s+1h\s+2h\s", list.Output);
        Assert.Equal("Success! Disabled the secrets engine (if it existed) at: moved/\n", disable.Output);
        Assert.DoesNotContain("moved/", after.Output);
    }

    private (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = PlatformCli.Run(args, new InvocationConfiguration { Output = output, Error = error }, new StringReader(""), new CliEnvironment(_server.Address, _server.RootToken));
        return (exit, output.ToString(), error.ToString());
    }
}
