using System.CommandLine;

namespace Platform.Host.Cli.Audit;

/// <summary><c>platform audit …</c>: Vault's audit device commands against a running server.</summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context) =>
        new("audit", "Enable, disable and list audit devices.")
        {
            AuditEnableCommand.Create(context),
            AuditDisableCommand.Create(context),
            AuditListCommand.Create(context),
        };
}
