using System.CommandLine;

namespace Platform.Host.Cli.Api;

/// <summary>
/// The shape every server-calling command shares: open a client, run, and turn the server's refusal into Vault's
/// <c>Error doing X: Code: 400. Errors: …</c> on stderr with exit 1.
/// </summary>
internal static class ApiCommandAction
{
    public static void Set(Command command, CliContext context, string failure, Func<ParseResult, PlatformApiClient, CancellationToken, Task<int>> run) =>
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                using var client = context.CreateClient();
                return await run(parse, client, cancellationToken);
            }
            catch (ApiException exception)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"Error {failure}: {exception.Message}");
                return ExitCodes.Error;
            }
        });
}
