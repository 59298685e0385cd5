using System.CommandLine;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Json.Hcl2Json;
using Platform.Hcl.Parsing;

namespace Platform.Host.Cli.Hcl;

/// <summary>
/// <c>platform hcl json FILE</c>: the JSON HashiCorp's hcl2json prints for the same native-syntax file, on stdout.
/// On errors, diagnostics on stderr and exit 1.
/// </summary>
internal static class HclJsonCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A native-syntax HCL file." };
        var command = new Command("json", "Print a file as hcl2json-compatible JSON.") { file };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var source = HclSourceReader.Read(parse.GetValue(file)!, error);
            if (source is null)
            {
                return ExitCodes.Error;
            }

            var result = HclParser.ParseConfig(source.Text, source.DisplayName);
            DiagnosticPrinter.Print(result.Diagnostics, error);
            if (result.Diagnostics.Any(d => d.Severity == Severity.Error))
            {
                return ExitCodes.Error;
            }

            parse.InvocationConfiguration.Output.WriteLine(Hcl2JsonRenderer.Render(result.Value));
            return ExitCodes.Success;
        });
        return command;
    }
}
