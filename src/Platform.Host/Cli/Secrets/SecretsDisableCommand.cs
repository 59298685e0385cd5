using System.CommandLine;
using Platform.Host.Cli.Api;

namespace Platform.Host.Cli.Secrets;

/// <summary><c>platform secrets disable PATH</c>, as <c>vault secrets disable</c>: deletes the engine's data; no engine there is not an error.</summary>
internal static class SecretsDisableCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("PATH") { Description = "Path of the engine to disable, e.g. kv/." };
        var command = new Command("disable", "Disable a secrets engine and delete its data.") { path };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var mount = parse.GetValue(path)!.Trim('/');
            try
            {
                using var client = context.CreateClient();
                await client.DeleteAsync("sys/mounts/" + mount, cancellationToken);
                parse.InvocationConfiguration.Output.WriteLine($"Success! Disabled the secrets engine (if it existed) at: {mount}/");
                return ExitCodes.Success;
            }
            catch (ApiException exception)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Error disabling secrets engine at {mount}/: {exception.Message}");
                return ExitCodes.Error;
            }
        });
        return command;
    }
}
