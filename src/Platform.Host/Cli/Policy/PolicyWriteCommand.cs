using System.CommandLine;
using Platform.Host.Cli.Hcl;
using Platform.Secrets.Domain.Policies;

namespace Platform.Host.Cli.Policy;

/// <summary>
/// <c>platform policy write NAME FILE|-</c>: checks the policy locally first (positioned diagnostics, nothing sent
/// when it is wrong), then uploads it; the server validates again.
/// </summary>
internal static class PolicyWriteCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "Policy name (stored in lower case)." };
        var file = new Argument<string>("FILE") { Description = "Policy file (HCL or JSON), or - for stdin." };
        var command = new Command("write", "Upload a policy from a file or stdin.") { name, file };
        command.SetAction((parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var error = parse.InvocationConfiguration.Error;
            string? text;
            if (path == "-")
            {
                text = context.Input.ReadToEnd();
            }
            else
            {
                text = HclSourceReader.Read(path, error)?.Text;
            }

            if (text is null)
            {
                return Task.FromResult(ExitCodes.Error);
            }

            var parsed = PolicyParser.Parse(text, path == "-" ? "<stdin>" : path);
            DiagnosticPrinter.Print(parsed.Diagnostics, error);
            if (parsed.HasErrors)
            {
                return Task.FromResult(ExitCodes.Error);
            }

            var policyName = parse.GetValue(name)!;
            return PolicyCommand.CallAsync(parse, context, async (client, output) =>
            {
                await client.PutAsync($"sys/policies/acl/{Uri.EscapeDataString(policyName)}", new { policy = text }, cancellationToken);
                output.WriteLine($"Success! Uploaded policy: {policyName}");
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
