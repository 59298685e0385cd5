namespace Platform.Host.Tests.Cli;

public sealed class PolicyCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Fmt_Hcl1Layout_RewritesAsCanonicalHcl2()
    {
        var file = _dir.Write("admin.hcl", "path \"sys/auth\"\n{\n    capabilities = [\"read\"]\n}\n");

        var run = CliRun.Invoke("policy", "fmt", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Success! Formatted policy: {file}\n", run.Output);
        Assert.Equal("path \"sys/auth\" {\n  capabilities = [\"read\"]\n}\n", File.ReadAllText(file).Replace("\n\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Fmt_UnknownCapability_ReportsPositionAndLeavesFileAlone()
    {
        const string text = "path \"secret/*\" {\n  capabilities = [\"raed\"]\n}\n";
        var file = _dir.Write("bad.hcl", text);

        var run = CliRun.Invoke("policy", "fmt", file);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{file}:2,19-25: Invalid capability", run.Error);
        Assert.Equal(text, File.ReadAllText(file));
    }

    [Fact]
    public void Write_InvalidPolicyFromStdin_RefusedLocallyWithPosition()
    {
        var run = CliRun.InvokeWithInput("path \"a\" { policy = \"admin\" }\n", "policy", "write", "ops", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("<stdin>:1,21-28: Invalid policy level", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Write_MissingFileArgument_IsAUsageError()
    {
        var run = CliRun.Invoke("policy", "write", "ops");

        Assert.Equal(2, run.ExitCode);
    }
}
