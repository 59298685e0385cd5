using System.CommandLine;
using Platform.Host.Cli.Api;

namespace Platform.Host.Cli.Auth;

/// <summary><c>platform auth disable PATH</c>, as <c>vault auth disable</c>: removes the method and everything it stored.</summary>
internal static class AuthDisableCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("PATH") { Description = "Where the method is enabled (e.g. userpass/)." };
        var command = new Command("disable", "Disable an auth method.") { path };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var mount = parse.GetValue(path)!.Trim('/');
            try
            {
                using var client = context.CreateClient();
                await client.DeleteAsync("sys/auth/" + mount, cancellationToken);
                parse.InvocationConfiguration.Output.WriteLine($"Success! Disabled the auth method (if it existed) at: {mount}/");
                return ExitCodes.Success;
            }
            catch (ApiException exception)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Error disabling auth method at {mount}/: {exception.Message}");
                return ExitCodes.Error;
            }
        });
        return command;
    }
}
