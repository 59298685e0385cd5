namespace Platform.Host.Tests.Cli;

public sealed class AuditCommandTests
{
    [Fact]
    public void Enable_OptionWithoutEquals_IsAUsageErrorWithExit2()
    {
        var run = CliRun.Invoke("audit", "enable", "file", "/var/log/audit.log");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("option '/var/log/audit.log' must be KEY=VALUE", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Disable_WithoutPath_IsAUsageErrorWithExit2()
    {
        var run = CliRun.Invoke("audit", "disable");

        Assert.Equal(2, run.ExitCode);
    }
}
