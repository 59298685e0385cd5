using System.CommandLine;
using System.Text.Json.Nodes;
using Platform.ApiTests.Support;
using Platform.Host.Cli;
using Platform.Host.Cli.Api;
using Platform.Secrets.Domain.Tokens;

namespace Platform.ApiTests.Cli;

/// <summary><c>platform lease …</c> against a real listening server, with the leases of tokens made by the CLI.</summary>
public sealed class LeaseCommandTests : IAsyncLifetime
{
    private ListeningServerHost _server = null!;

    public async Task InitializeAsync() => _server = await ListeningServerHost.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public void Lookup_TokenLease_PrintsVaultsTable()
    {
        var leaseId = NewTokenLease("-ttl=1h");

        var run = Run("lease", "lookup", leaseId);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"id              {leaseId}\n", run.Output);
        Assert.Contains("last_renewal    <nil>\n", run.Output);
        Assert.Contains("renewable       true\n", run.Output);
        Assert.Matches(@"ttl\s+59m5\ds\n", run.Output);
    }

    [Fact]
    public void Renew_TokenLease_PrintsVaultsRefusalAndFails()
    {
        var leaseId = NewTokenLease("-ttl=1h");

        var run = Run("lease", "renew", "-increment=2h", leaseId);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal($"Error renewing {leaseId}: Code: 400. Errors:\n\n* tokens cannot be renewed through this endpoint\n", run.Error);
    }

    [Fact]
    public void Renew_UnknownLease_PrintsLeaseNotFound()
    {
        var run = Run("lease", "renew", "aws/creds/deploy/abc");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Error renewing aws/creds/deploy/abc: Code: 400. Errors:\n\n* lease not found\n", run.Error);
    }

    [Fact]
    public void Revoke_OneThenPrefixThenForce_PrintsVaultsMessages()
    {
        var one = NewTokenLease("-ttl=1h");
        NewTokenLease("-ttl=1h");

        var single = Run("lease", "revoke", one);
        var lookup = Run("lease", "lookup", one);
        var prefix = Run("lease", "revoke", "-prefix", "auth/token/create");
        var force = Run("lease", "revoke", "-force", "-prefix", "auth/token/");

        Assert.Equal((0, $"Success! Revoked lease: {one}\n"), (single.ExitCode, single.Output));
        Assert.Equal(1, lookup.ExitCode);
        Assert.Contains("invalid lease", lookup.Error);
        Assert.Equal((0, "Success! Revoked any leases with prefix: auth/token/create\n"), (prefix.ExitCode, prefix.Output));
        Assert.Equal((0, "Success! Force revoked any leases with prefix: auth/token/\n"), (force.ExitCode, force.Output));
        Assert.Contains("Warning!", force.Error);
    }

    [Fact]
    public void Revoke_ForceWithoutPrefix_IsAUsageError()
    {
        var run = Run("lease", "revoke", "-force", "auth/token/create/x");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Specifying -force requires also specifying -prefix", run.Error);
    }

    private string NewTokenLease(string ttl)
    {
        var token = Run("token", "create", ttl, "-field=token").Output.Trim();
        return "auth/token/create/" + TokenSecrets.Hash(token);
    }

    private (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = PlatformCli.Run(args, new InvocationConfiguration { Output = output, Error = error }, new StringReader(""), new CliEnvironment(_server.Address, _server.RootToken));
        return (exit, output.ToString(), error.ToString());
    }
}
