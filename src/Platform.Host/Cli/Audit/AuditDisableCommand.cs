using System.CommandLine;
using Platform.Host.Cli.Api;

namespace Platform.Host.Cli.Audit;

/// <summary><c>platform audit disable PATH</c>, as <c>vault audit disable</c> (a path with no device is not an error).</summary>
internal static class AuditDisableCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("PATH") { Description = "Path of the device to disable, e.g. file/." };
        var command = new Command("disable", "Disable an audit device.") { path };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var mount = parse.GetValue(path)!.Trim('/');
            try
            {
                using var client = context.CreateClient();
                await client.DeleteAsync("sys/audit/" + mount, cancellationToken);
                parse.InvocationConfiguration.Output.WriteLine($"Success! Disabled audit device (if it was enabled) at: {mount}/");
                return ExitCodes.Success;
            }
            catch (ApiException exception)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Error disabling audit device: {exception.Message}");
                return ExitCodes.Error;
            }
        });
        return command;
    }
}
