using System.CommandLine;

namespace Platform.Host.Cli.Hcl;

/// <summary>
/// <c>platform hcl validate FILE...</c>: parse only. Diagnostics go to stderr as
/// <c>FILE:LINE,COL-LINE,COL: Summary; Detail</c>; exit 0 when every file parses, 1 otherwise.
/// </summary>
internal static class HclValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "HCL or HCL JSON files." };
        var command = new Command("validate", "Check that HCL files parse; print their diagnostics.") { files };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var failed = false;
            foreach (var path in parse.GetValue(files)!)
            {
                var source = HclSourceReader.Read(path, error);
                if (source is null)
                {
                    failed = true;
                    continue;
                }

                var diagnostics = HclSourceReader.Parse(source);
                DiagnosticPrinter.Print(diagnostics, error);
                failed |= diagnostics.Any(d => d.Severity == Platform.Hcl.Diagnostics.Severity.Error);
            }

            return failed ? ExitCodes.Error : ExitCodes.Success;
        });
        return command;
    }
}
