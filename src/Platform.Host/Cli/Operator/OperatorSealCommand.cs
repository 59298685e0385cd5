using System.CommandLine;
using Platform.Host.Cli.Api;

namespace Platform.Host.Cli.Operator;

/// <summary><c>platform operator seal</c>: drops this node's keys from memory; a sudo operation on <c>sys/seal</c>.</summary>
internal static class OperatorSealCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("seal", "Seal the server: its keys leave memory until it is unsealed again.");
        ApiCommandAction.Set(command, context, "sealing", async (parse, client, ct) =>
        {
            await client.PutAsync("sys/seal", null, ct);
            parse.InvocationConfiguration.Output.WriteLine("Success! Platform is sealed.");
            return ExitCodes.Success;
        });
        return command;
    }
}
