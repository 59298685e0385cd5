namespace Platform.Host.Tests.Cli;

/// <summary>What <c>platform server</c> does before it would start serving: flag and configuration errors.</summary>
public sealed class ServerCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Server_BadConfig_PrintsEachDiagnosticWithItsPositionAndExitsOne()
    {
        var config = _dir.Write("server.hcl", "storage \"sqlite\" { path = \"d\" }\nlistner \"tcp\" {\n}\nlog_level = \"loud\"\n");

        var run = CliRun.Invoke("server", "-config", config);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{config}:2,1-8: Unsupported block type;", run.Error);
        Assert.Contains("Did you mean \"listener\"?", run.Error);
        Assert.Contains($"{config}:4,13-19: Invalid log_level;", run.Error);
        Assert.Contains("the server did not start", run.Error);
    }

    [Fact]
    public void Server_MissingConfigFile_SaysSoAndExitsOne()
    {
        var run = CliRun.Invoke("server", "-config", Path.Combine(_dir.Path, "absent.hcl"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot read the configuration file", run.Error);
    }

    [Theory]
    [InlineData]
    [InlineData("-dev", "-config", "server.hcl")]
    public void Server_NeitherOrBothModes_IsAUsageError(params string[] args)
    {
        var run = CliRun.Invoke(["server", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give either -dev, or -config FILE", run.Error);
    }

    [Fact]
    public void Server_BadHttpAddress_IsAUsageError()
    {
        var run = CliRun.Invoke("server", "-dev", "-http-addr", "nowhere");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'nowhere' is not an address of the form host:port", run.Error);
    }
}
