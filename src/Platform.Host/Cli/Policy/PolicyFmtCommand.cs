using System.CommandLine;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Formatting;
using Platform.Host.Cli.Hcl;
using Platform.Secrets.Domain.Policies;

namespace Platform.Host.Cli.Policy;

/// <summary>
/// <c>platform policy fmt FILE</c>, like <c>vault policy fmt</c>: validates the file as a policy, then rewrites it in
/// the canonical HCL layout. HCL 1 layouts Vault still accepts (brace on the next line, a repeated attribute) are
/// repaired into HCL 2 on the way, so the result parses everywhere. Nothing is written when the policy is invalid.
/// </summary>
internal static class PolicyFmtCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Policy file to format in place." };
        var command = new Command("fmt", "Validate and format a policy file.") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var error = parse.InvocationConfiguration.Error;
            var source = HclSourceReader.Read(path, error);
            if (source is null)
            {
                return ExitCodes.Error;
            }

            var parsed = PolicyParser.Parse(source.Text, path);
            DiagnosticPrinter.Print(parsed.Diagnostics.Where(d => d.Severity == Severity.Error).ToList(), error);
            if (parsed.HasErrors)
            {
                return ExitCodes.Error;
            }

            if (source.IsJsonSyntax || source.Text.TrimStart().StartsWith('{'))
            {
                error.WriteLine($"{path}: a JSON policy is valid but cannot be formatted as HCL.");
                return ExitCodes.Error;
            }

            var (repaired, _) = Hcl1LayoutRepair.RepairWithWarnings(source.Text, path);
            var formatted = HclFormatter.Format(repaired, path);
            if (formatted.Diagnostics.Any(d => d.Severity == Severity.Error))
            {
                DiagnosticPrinter.Print(formatted.Diagnostics, error);
                return ExitCodes.Error;
            }

            File.WriteAllText(path, formatted.Value);
            parse.InvocationConfiguration.Output.WriteLine($"Success! Formatted policy: {path}");
            return ExitCodes.Success;
        });
        return command;
    }
}
