using System.CommandLine;

namespace Platform.Host.Cli.Leases;

/// <summary>
/// <c>platform lease lookup|renew|revoke</c>, shaped like <c>vault lease …</c>: Vault's flags and tables, the server's
/// JSON with <c>-format=json</c>, the server's errors on stderr (exit 1).
/// </summary>
internal static class LeaseCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("lease", "Look up, renew and revoke leases.");
        command.Subcommands.Add(LeaseLookupCommand.Create(context));
        command.Subcommands.Add(LeaseRenewCommand.Create(context));
        command.Subcommands.Add(LeaseRevokeCommand.Create(context));
        return command;
    }

    public static Argument<string> LeaseIdArgument(string description) => new("ID") { Description = description };
}
