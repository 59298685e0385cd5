using System.CommandLine;

namespace Platform.Host.Cli.Operator;

/// <summary><c>platform operator …</c>: the seal's life cycle, as <c>vault operator</c> drives it.</summary>
internal static class OperatorCommand
{
    public static Command Create(CliContext context) =>
        new("operator", "Initialise, unseal, seal and rotate the server's keys.")
        {
            OperatorInitCommand.Create(context),
            OperatorUnsealCommand.Create(context),
            OperatorSealCommand.Create(context),
            OperatorStatusCommand.Create(context, "status"),
            OperatorRotateCommand.Create(context),
            OperatorKeyStatusCommand.Create(context),
        };
}
