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
            var diagnostics = new DiagnosticBag();
            diagnostics.AddRange(result.Diagnostics);

            // A file can parse and still have no hcl2json form (e.g. blocks of one type with different label
            // counts); the renderer reports that as diagnostics, with HashiCorp's wording.
            var json = diagnostics.HasErrors ? null : Hcl2JsonRenderer.Render(result.Value, diagnostics);
            DiagnosticPrinter.Print(diagnostics, error);
            if (json is null || diagnostics.HasErrors)
            {
                return ExitCodes.Error;
            }

            parse.InvocationConfiguration.Output.WriteLine(json);
            return ExitCodes.Success;
        });
        return command;
    }
}
