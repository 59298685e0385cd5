using System.CommandLine;
using System.Text.Json.Nodes;
using Platform.Host.Cli.Api;
using Platform.Host.Cli.Output;

namespace Platform.Host.Cli.Operator;

/// <summary><c>platform operator key-status</c>: the keyring's active term and when it was installed.</summary>
internal static class OperatorKeyStatusCommand
{
    public static Command Create(CliContext context)
    {
        var format = CliOutput.FormatOption();
        var command = new Command("key-status", "Print the active encryption key's term and install time.") { format };
        ApiCommandAction.Set(command, context, "reading key status", async (parse, client, ct) =>
        {
            await PrintAsync(client, parse.GetValue(format)!, parse.InvocationConfiguration.Output, ct);
            return ExitCodes.Success;
        });
        return command;
    }

    public static async Task PrintAsync(PlatformApiClient client, string format, TextWriter output, CancellationToken cancellationToken)
    {
        var response = await client.GetAsync("sys/key-status", cancellationToken);
        var data = response?["data"] as JsonObject ?? response as JsonObject;
        if (format == "json")
        {
            CliOutput.Json(output, data?.DeepClone());
            return;
        }

        CliOutput.Table(output, [("Key Term", CliOutput.Display(data?["term"])), ("Install Time", CliOutput.Display(data?["install_time"]))]);
    }
}
