using System.CommandLine;
using Platform.Host.Cli.Api;

namespace Platform.Host.Cli.Secrets;

/// <summary>
/// <c>platform secrets move SOURCE DESTINATION</c>, as <c>vault secrets move</c>: starts the remount, then reads its
/// status until it finished (here the move completes within the request, so the first status read says so).
/// </summary>
internal static class SecretsMoveCommand
{
    public static Command Create(CliContext context)
    {
        var source = new Argument<string>("SOURCE") { Description = "Current path of the engine." };
        var destination = new Argument<string>("DESTINATION") { Description = "New path of the engine." };
        var command = new Command("move", "Move a secrets engine to a new path, keeping its data.") { source, destination };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var from = parse.GetValue(source)!.Trim('/') + "/";
            var to = parse.GetValue(destination)!.Trim('/') + "/";
            try
            {
                using var client = context.CreateClient();
                var started = await client.SendAsync(HttpMethod.Post, "sys/remount", new Dictionary<string, object?> { ["from"] = from, ["to"] = to }, cancellationToken);
                var id = started?["data"]?["migration_id"]?.GetValue<string>() ?? "";
                output.WriteLine($"Started moving secrets engine {from} to {to}, with migration ID {id}");
                var status = await client.GetAsync("sys/remount/status/" + id, cancellationToken);
                var state = status?["data"]?["migration_info"]?["status"]?.GetValue<string>() ?? "unknown";
                if (state != "success")
                {
                    parse.InvocationConfiguration.Error.WriteLine($"Error moving secrets engine {from} to {to}: migration status is {state}");
                    return ExitCodes.Error;
                }

                output.WriteLine($"Success! Finished moving secrets engine {from} to {to}, with migration ID {id}");
                return ExitCodes.Success;
            }
            catch (ApiException exception)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Error moving secrets engine {from} to {to}: {exception.Message}");
                return ExitCodes.Error;
            }
        });
        return command;
    }
}
