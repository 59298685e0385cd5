using System.CommandLine;

namespace Platform.Host.Cli.Policy;

/// <summary><c>platform policy delete NAME</c>: deleting a policy that does not exist succeeds, as in Vault.</summary>
internal static class PolicyDeleteCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "Policy name." };
        var command = new Command("delete", "Delete a policy.") { name };
        command.SetAction((parse, cancellationToken) => PolicyCommand.CallAsync(parse, context, async (client, output) =>
        {
            var policyName = parse.GetValue(name)!;
            await client.DeleteAsync($"sys/policies/acl/{Uri.EscapeDataString(policyName)}", cancellationToken);
            output.WriteLine($"Success! Deleted policy: {policyName}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
