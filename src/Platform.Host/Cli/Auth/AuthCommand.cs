using System.CommandLine;

namespace Platform.Host.Cli.Auth;

/// <summary><c>platform auth …</c>: Vault's auth method commands against a running server.</summary>
internal static class AuthCommand
{
    public static Command Create(CliContext context) =>
        new("auth", "Enable, disable and list auth methods.")
        {
            AuthEnableCommand.Create(context),
            AuthDisableCommand.Create(context),
            AuthListCommand.Create(context),
        };
}
