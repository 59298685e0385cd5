using System.CommandLine;
using Platform.Host.Cli.Api;
using Platform.Host.Cli.Output;

namespace Platform.Host.Cli.Operator;

/// <summary>
/// <c>platform status</c> and <c>platform operator status</c>: the seal status. Exit codes are <c>vault status</c>'s:
/// 0 unsealed, 2 sealed (or not initialised), 1 when the server cannot be asked.
/// </summary>
internal static class OperatorStatusCommand
{
    public static Command Create(CliContext context, string name)
    {
        var format = CliOutput.FormatOption();
        var command = new Command(name, "Print the seal status; exit 2 when sealed.") { format };
        ApiCommandAction.Set(command, context, "checking seal status", async (parse, client, ct) =>
        {
            var status = await client.GetAsync("sys/seal-status", ct);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                CliOutput.Json(output, status);
            }
            else
            {
                SealStatusTable.Print(output, status);
            }

            return status?["sealed"]?.GetValue<bool>() == false ? ExitCodes.Success : ExitCodes.Usage;
        });
        return command;
    }
}
