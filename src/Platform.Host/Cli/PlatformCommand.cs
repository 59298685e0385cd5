using System.CommandLine;
using Platform.Host.Cli.Audit;
using Platform.Host.Cli.Auth;
using Platform.Host.Cli.Hcl;
using Platform.Host.Cli.Kv;
using Platform.Host.Cli.Leases;
using Platform.Host.Cli.Login;
using Platform.Host.Cli.Operator;
using Platform.Host.Cli.Paths;
using Platform.Host.Cli.Policy;
using Platform.Host.Cli.Secrets;
using Platform.Host.Cli.Token;
using Platform.Host.Server;

namespace Platform.Host.Cli;

/// <summary>The root of the <c>platform</c> command tree; each area adds its own subcommand here.</summary>
internal static class PlatformCommand
{
    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand("Platform: scheduler, provisioner and secrets in one cluster.");
        root.Subcommands.Add(HclCommand.Create(context.Input));
        root.Subcommands.Add(ServerCommand.Create());
        root.Subcommands.Add(PolicyCommand.Create(context));
        root.Subcommands.Add(TokenCommand.Create(context));
        root.Subcommands.Add(AuditCommand.Create(context));
        root.Subcommands.Add(AuthCommand.Create(context));
        root.Subcommands.Add(SecretsCommand.Create(context));
        root.Subcommands.Add(LoginCommand.Create(context));
        root.Subcommands.Add(LeaseCommand.Create(context));
        root.Subcommands.Add(KvCommand.Create(context));
        root.Subcommands.Add(ReadCommand.Create(context));
        root.Subcommands.Add(WriteCommand.Create(context));
        root.Subcommands.Add(ListCommand.Create(context));
        root.Subcommands.Add(DeleteCommand.Create(context));
        root.Subcommands.Add(OperatorCommand.Create(context));
        root.Subcommands.Add(OperatorStatusCommand.Create(context, "status"));
        return root;
    }
}
