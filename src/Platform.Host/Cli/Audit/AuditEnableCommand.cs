using System.CommandLine;
using Platform.Host.Cli.Api;

namespace Platform.Host.Cli.Audit;

/// <summary>
/// <c>platform audit enable [-path=P] [-description=D] [-local] TYPE [K=V...]</c>, as <c>vault audit enable</c>:
/// the device is mounted at its type unless <c>-path</c> says otherwise; K=V pairs become its options
/// (e.g. <c>file_path=/var/log/platform-audit.log</c>).
/// </summary>
internal static class AuditEnableCommand
{
    public static Command Create(CliContext context)
    {
        var type = new Argument<string>("TYPE") { Description = "Device type: file." };
        var config = new Argument<string[]>("K=V") { Arity = ArgumentArity.ZeroOrMore, Description = "Device options, e.g. file_path=/var/log/audit.log." };
        var path = new Option<string?>("-path", "--path") { Description = "Where to enable the device (default: its type)." };
        var description = new Option<string?>("-description", "--description") { Description = "Human-friendly description." };
        var local = new Option<bool>("-local", "--local") { Description = "Keep the device on this cluster only." };
        var command = new Command("enable", "Enable an audit device.") { type, config, path, description, local };
        command.Validators.Add(result =>
        {
            foreach (var pair in result.GetValue(config) ?? [])
            {
                if (!pair.Contains('=', StringComparison.Ordinal) || pair.StartsWith('='))
                {
                    result.AddError($"option '{pair}' must be KEY=VALUE, e.g. file_path=/var/log/audit.log");
                }
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var deviceType = parse.GetValue(type)!;
            var mount = (parse.GetValue(path) ?? deviceType).Trim('/');
            var options = (parse.GetValue(config) ?? []).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
            try
            {
                using var client = context.CreateClient();
                await client.PutAsync("sys/audit/" + mount, new Dictionary<string, object?>
                {
                    ["type"] = deviceType,
                    ["description"] = parse.GetValue(description) ?? "",
                    ["local"] = parse.GetValue(local),
                    ["options"] = options,
                }, cancellationToken);
                parse.InvocationConfiguration.Output.WriteLine($"Success! Enabled the {deviceType} audit device at: {mount}/");
                return ExitCodes.Success;
            }
            catch (ApiException exception)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Error enabling audit device: {exception.Message}");
                return ExitCodes.Error;
            }
        });
        return command;
    }
}
