using System.CommandLine;
using Platform.Host.Cli.Output;

namespace Platform.Host.Cli.Policy;

/// <summary><c>platform policy read [-format=json] NAME</c>: prints the policy text as stored (or the server's JSON).</summary>
internal static class PolicyReadCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "Policy name." };
        var format = CliOutput.FormatOption();
        var command = new Command("read", "Print a policy.") { name, format };
        command.SetAction((parse, cancellationToken) => PolicyCommand.CallAsync(parse, context, async (client, output) =>
        {
            var response = await client.GetAsync($"sys/policies/acl/{Uri.EscapeDataString(parse.GetValue(name)!)}", cancellationToken);
            if (parse.GetValue(format) == "json")
            {
                CliOutput.Json(output, response);
            }
            else
            {
                output.WriteLine(response?["data"]?["policy"]?.GetValue<string>().TrimEnd('\n') ?? "");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
