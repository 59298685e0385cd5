using System.CommandLine;

namespace Platform.Host.Cli.Secrets;

/// <summary><c>platform secrets …</c>: Vault's secrets engine commands against a running server.</summary>
internal static class SecretsCommand
{
    public static Command Create(CliContext context) =>
        new("secrets", "Enable, disable, list, tune and move secrets engines.")
        {
            SecretsEnableCommand.Create(context),
            SecretsDisableCommand.Create(context),
            SecretsListCommand.Create(context),
            SecretsTuneCommand.Create(context),
            SecretsMoveCommand.Create(context),
        };
}
