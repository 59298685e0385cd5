using System.CommandLine;
using Platform.Host.Cli.Api;

namespace Platform.Host.Cli.Policy;

/// <summary>
/// <c>platform policy write|read|list|delete|fmt</c>, shaped like <c>vault policy …</c>: the API commands talk to
/// <c>sys/policies/acl</c>, print Vault's messages, and turn a refusal into the server's errors on stderr (exit 1).
/// </summary>
internal static class PolicyCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("policy", "Write, read, list, delete and format ACL policies.");
        command.Subcommands.Add(PolicyWriteCommand.Create(context));
        command.Subcommands.Add(PolicyReadCommand.Create(context));
        command.Subcommands.Add(PolicyListCommand.Create(context));
        command.Subcommands.Add(PolicyDeleteCommand.Create(context));
        command.Subcommands.Add(PolicyFmtCommand.Create());
        return command;
    }

    /// <summary>Runs one API call; a refusal or an unreachable server prints the server's words and exits 1.</summary>
    public static async Task<int> CallAsync(ParseResult parse, CliContext context, Func<PlatformApiClient, TextWriter, Task<int>> call)
    {
        try
        {
            using var client = context.CreateClient();
            return await call(client, parse.InvocationConfiguration.Output);
        }
        catch (ApiException exception)
        {
            parse.InvocationConfiguration.Error.WriteLine($"Error: {exception.Message}");
            return ExitCodes.Error;
        }
    }
}
