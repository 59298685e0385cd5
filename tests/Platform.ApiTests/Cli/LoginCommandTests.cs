using System.CommandLine;
using System.Text.Json.Nodes;
using Platform.ApiTests.Support;
using Platform.Host.Cli;
using Platform.Host.Cli.Api;

namespace Platform.ApiTests.Cli;

/// <summary><c>platform login</c> and <c>platform auth …</c> against a real listening server, as a user would run them.</summary>
public sealed class LoginCommandTests : IAsyncLifetime
{
    private const string Password = "cli-userpass-password";
    private readonly string _tokenFile = Path.Combine(Directory.CreateTempSubdirectory("platform-cli-login-").FullName, ".platform-token");
    private ListeningServerHost _server = null!;

    public async Task InitializeAsync()
    {
        _server = await ListeningServerHost.StartAsync();
        Assert.Equal(0, Run(_server.RootToken, "", "auth", "enable", "userpass").ExitCode);
        using var root = new HttpClient { BaseAddress = new Uri(_server.Address) };
        root.DefaultRequestHeaders.Add("X-Vault-Token", _server.RootToken);
        await root.ExpectAsync(204, "PUT", "auth/userpass/users/alice", new { password = Password, policies = "dev" });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(_tokenFile)!, recursive: true);
    }

    [Fact]
    public void Login_UserpassWithPassword_StoresTheTokenAndPrintsVaultsTable()
    {
        var run = Run(null, "", "login", "-method=userpass", "username=alice", "password=" + Password);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Success! You are now authenticated.", run.Output);
        Assert.Matches(@"token\s+hvs\.[0-9A-Za-z]{24}\n", run.Output);
        Assert.Contains("token_policies         [\"default\" \"dev\"]\n", run.Output);
        Assert.Contains("token_meta_username    alice\n", run.Output);
        Assert.Contains("token_duration         768h\n", run.Output);
        var stored = File.ReadAllText(_tokenFile);
        Assert.Contains(stored, run.Output);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_tokenFile));
        }
    }

    [Fact]
    public void Login_PasswordAbsent_ReadsItFromInputWithAPromptOnStderr()
    {
        var run = Run(null, Password + "\n", "login", "-method=userpass", "-field=token", "username=alice");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Password (will be hidden):", run.Error);
        Assert.DoesNotContain(Password, run.Output + run.Error);
        Assert.Equal(File.ReadAllText(_tokenFile) + "\n", run.Output);
    }

    [Fact]
    public void Login_NoStore_LeavesTheTokenFileAlone()
    {
        var run = Run(null, "", "login", "-method=userpass", "-no-store", "-format=json", "username=alice", "password=" + Password);

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(_tokenFile));
        Assert.StartsWith("hvs.", JsonNode.Parse(run.Output)!["auth"]!["client_token"]!.GetValue<string>());
    }

    [Fact]
    public void Login_WrongPassword_PrintsTheServersErrorAndExits1()
    {
        var run = Run(null, "", "login", "-method=userpass", "-path=userpass/", "username=alice", "password=nope");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("invalid username or password", run.Error);
        Assert.False(File.Exists(_tokenFile));
    }

    [Fact]
    public void Login_StoredToken_IsUsedByTheNextCommand()
    {
        Assert.Equal(0, Run(null, "", "login", "-method=userpass", "username=alice", "password=" + Password).ExitCode);

        var lookup = Run(File.ReadAllText(_tokenFile), "", "token", "lookup", "-field=display_name");

        Assert.Equal("userpass-alice\n", lookup.Output);
    }

    [Fact]
    public void Login_TokenMethod_ChecksTheTokenAndStoresIt()
    {
        var run = Run(null, "", "login", _server.RootToken);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(_server.RootToken, File.ReadAllText(_tokenFile));
        Assert.Contains("policies             [\"root\"]", run.Output);
        Assert.Equal(1, Run(null, "", "login", "hvs.not-a-token").ExitCode);
    }

    [Fact]
    public void Login_MissingUsername_IsAUsageError()
    {
        var run = Run(null, "", "login", "-method=userpass", "password=x");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("username=NAME is required", run.Error);
    }

    [Fact]
    public void AuthEnableListDisable_Ldap_ShowsAndRemovesTheMethod()
    {
        var enable = Run(_server.RootToken, "", "auth", "enable", "-path=corp", "-description=Corporate directory", "-default-lease-ttl=1h", "ldap");
        var list = Run(_server.RootToken, "", "auth", "list");
        var detailed = Run(_server.RootToken, "", "auth", "list", "-detailed");
        var json = Run(_server.RootToken, "", "auth", "list", "-format=json");
        var disable = Run(_server.RootToken, "", "auth", "disable", "corp/");
        var after = Run(_server.RootToken, "", "auth", "list");

        Assert.Equal((0, "Success! Enabled ldap auth method at: corp/\n"), (enable.ExitCode, enable.Output));
        Assert.Matches(@"Path\s+Type\s+Accessor\s+Description\n", list.Output);
        Assert.Matches(@"corp/\s+ldap\s+auth_ldap_\w+\s+Corporate directory\n", list.Output);
        Assert.Matches(@"userpass/\s+userpass\s+auth_userpass_\w+\s+n/a\n", list.Output);
        Assert.Matches(@"corp/\s+ldap\s+auth_ldap_\w+\s+1h\s+system\s+replicated\s+Corporate directory\n", detailed.Output);
        Assert.Equal("ldap", JsonNode.Parse(json.Output)!["corp/"]!["type"]!.GetValue<string>());
        Assert.Equal((0, "Success! Disabled the auth method (if it existed) at: corp/\n"), (disable.ExitCode, disable.Output));
        Assert.DoesNotContain("corp/", after.Output);
    }

    [Fact]
    public void AuthEnable_UnknownType_PrintsTheServersError()
    {
        var run = Run(_server.RootToken, "", "auth", "enable", "nosuch");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("plugin not found in the catalog: nosuch", run.Error);
    }

    private (int ExitCode, string Output, string Error) Run(string? token, string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = PlatformCli.Run(args, new InvocationConfiguration { Output = output, Error = error }, new StringReader(input), new CliEnvironment(_server.Address, token, _tokenFile));
        return (exit, output.ToString(), error.ToString());
    }
}
