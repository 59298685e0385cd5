using System.CommandLine;
using System.Text.Json.Nodes;
using Platform.Host.Cli.Api;
using Platform.Host.Cli.Output;

namespace Platform.Host.Cli.Audit;

/// <summary>
/// <c>platform audit list [-detailed] [-format=json]</c>, as <c>vault audit list</c>: a Path/Type/Description table
/// (plus Replication and Options with <c>-detailed</c>), or the server's <c>data</c> as JSON.
/// </summary>
internal static class AuditListCommand
{
    public static Command Create(CliContext context)
    {
        var detailed = new Option<bool>("-detailed", "--detailed") { Description = "Also show replication and options." };
        var format = CliOutput.FormatOption();
        var command = new Command("list", "List the enabled audit devices.") { detailed, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            JsonObject devices;
            try
            {
                using var client = context.CreateClient();
                devices = (await client.GetAsync("sys/audit", cancellationToken))?["data"] as JsonObject ?? [];
            }
            catch (ApiException exception)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Error listing audit devices: {exception.Message}");
                return ExitCodes.Error;
            }

            if (parse.GetValue(format) == "json")
            {
                CliOutput.Json(output, devices);
                return ExitCodes.Success;
            }

            if (devices.Count == 0)
            {
                output.WriteLine("No audit devices are enabled.");
                return ExitCodes.Success;
            }

            var showDetails = parse.GetValue(detailed);
            string[] header = showDetails ? ["Path", "Type", "Description", "Replication", "Options"] : ["Path", "Type", "Description"];
            var rows = devices.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d =>
            {
                var device = d.Value as JsonObject ?? [];
                string[] basic = [d.Key, CliOutput.Display(device["type"]), Text(device["description"])];
                return showDetails
                    ? [.. basic, device["local"]?.GetValue<bool>() == true ? "local" : "replicated", CliOutput.Display(device["options"])]
                    : basic;
            }).ToList();
            CliOutput.Columns(output, header, rows);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Text(JsonNode? value) => value is null || CliOutput.Display(value).Length == 0 ? "n/a" : CliOutput.Display(value);
}
