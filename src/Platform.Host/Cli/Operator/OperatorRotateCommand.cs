using System.CommandLine;
using Platform.Host.Cli.Api;
using Platform.Host.Cli.Output;

namespace Platform.Host.Cli.Operator;

/// <summary>
/// <c>platform operator rotate</c>: a new keyring term for everything written from now on (older terms stay to read
/// older data). Prints the new term as <c>vault operator rotate</c> does.
/// </summary>
internal static class OperatorRotateCommand
{
    public static Command Create(CliContext context)
    {
        var format = CliOutput.FormatOption();
        var command = new Command("rotate", "Rotate the encryption key: new writes use a new keyring term.") { format };
        ApiCommandAction.Set(command, context, "rotating key", async (parse, client, ct) =>
        {
            await client.PutAsync("sys/rotate", null, ct);
            var output = parse.InvocationConfiguration.Output;
            var json = parse.GetValue(format) == "json";
            if (!json)
            {
                output.WriteLine("Success! Rotated key");
                output.WriteLine();
            }

            await OperatorKeyStatusCommand.PrintAsync(client, json ? "json" : "table", output, ct);
            return ExitCodes.Success;
        });
        return command;
    }
}
