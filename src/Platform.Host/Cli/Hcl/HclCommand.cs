using System.CommandLine;

namespace Platform.Host.Cli.Hcl;

/// <summary><c>platform hcl …</c>: the HCL toolchain every module's configuration goes through.</summary>
internal static class HclCommand
{
    public static Command Create(TextReader input) =>
        new("hcl", "Validate, format and convert HCL files (jobspecs, Terraform configurations, policies).")
        {
            HclValidateCommand.Create(),
            HclJsonCommand.Create(),
            HclFmtCommand.Create(input),
        };
}
