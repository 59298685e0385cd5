using System.CommandLine;
using Platform.Host.Cli.Output;

namespace Platform.Host.Cli.Policy;

/// <summary><c>platform policy list [-format=json]</c>: one policy name per line, <c>root</c> included, as Vault prints them.</summary>
internal static class PolicyListCommand
{
    public static Command Create(CliContext context)
    {
        var format = CliOutput.FormatOption();
        var command = new Command("list", "List the policies.") { format };
        command.SetAction((parse, cancellationToken) => PolicyCommand.CallAsync(parse, context, async (client, output) =>
        {
            var response = await client.ListAsync("sys/policies/acl", cancellationToken);
            var keys = response?["data"]?["keys"]?.AsArray().Select(k => k!.GetValue<string>()).ToList() ?? [];
            if (parse.GetValue(format) == "json")
            {
                CliOutput.Json(output, response?["data"]?["keys"]);
            }
            else
            {
                keys.ForEach(output.WriteLine);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
