using System.CommandLine;
using System.Text.Json.Nodes;
using Platform.ApiTests.Support;
using Platform.Host.Cli;
using Platform.Host.Cli.Api;

namespace Platform.ApiTests.Cli;

/// <summary><c>platform token …</c> against a real listening server, as a user would run it.</summary>
public sealed class TokenCommandTests : IAsyncLifetime
{
    private ListeningServerHost _server = null!;

    public async Task InitializeAsync() => _server = await ListeningServerHost.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public void Create_WithFlags_PrintsVaultsAuthTable()
    {
        var run = Run(_server.RootToken, "token", "create", "-policy=web", "-policy=db,ops", "-ttl=1h30m", "-display-name=ci", "-metadata=team=blue", "-use-limit=5");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"token\s+hvs\.[0-9A-Za-z]{24}\n", run.Output);
        Assert.Contains("token_duration       1h30m\n", run.Output);
        Assert.Contains("token_renewable      true\n", run.Output);
        Assert.Contains("policies             [\"db\" \"default\" \"ops\" \"web\"]\n", run.Output);
    }

    [Fact]
    public void Lookup_CreatedTokenByFieldAndJson_ShowsItsProperties()
    {
        var token = Run(_server.RootToken, "token", "create", "-policy=web", "-ttl=2h", "-field=token").Output.Trim();

        var self = Run(token, "token", "lookup");
        var byRoot = Run(_server.RootToken, "token", "lookup", "-format=json", token);

        Assert.Equal(0, self.ExitCode);
        Assert.Contains("creation_ttl        2h\n", self.Output);
        Assert.Contains("policies            [default web]\n", self.Output);
        Assert.Equal(token, JsonNode.Parse(byRoot.Output)!["data"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public void Lookup_ByAccessor_HidesTheTokenId()
    {
        var accessor = Run(_server.RootToken, "token", "create", "-field=token_accessor").Output.Trim();

        var run = Run(_server.RootToken, "token", "lookup", "-accessor", accessor, "-field=id");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("\n", run.Output);
    }

    [Fact]
    public void Renew_Increment_PrintsTheNewDuration()
    {
        var token = Run(_server.RootToken, "token", "create", "-ttl=1h", "-field=token").Output.Trim();

        var run = Run(token, "token", "renew", "-increment=3h", "-field=token_duration");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("3h\n", run.Output);
    }

    [Fact]
    public void Revoke_TokenThenLookup_LookupFailsWithServersError()
    {
        var token = Run(_server.RootToken, "token", "create", "-field=token").Output.Trim();

        var revoke = Run(_server.RootToken, "token", "revoke", token);
        var lookup = Run(token, "token", "lookup");

        Assert.Equal((0, "Success! Revoked token (if it existed)\n"), (revoke.ExitCode, revoke.Output));
        Assert.Equal(1, lookup.ExitCode);
        Assert.Contains("permission denied", lookup.Error);
    }

    [Fact]
    public void Revoke_NeitherTokenNorSelf_IsAUsageError()
    {
        var run = Run(_server.RootToken, "token", "revoke");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give the TOKEN to revoke, or -self", run.Error);
    }

    private (int ExitCode, string Output, string Error) Run(string token, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = PlatformCli.Run(args, new InvocationConfiguration { Output = output, Error = error }, new StringReader(""), new CliEnvironment(_server.Address, token));
        return (exit, output.ToString(), error.ToString());
    }
}
