using System.CommandLine;
using Platform.Host.Cli.Api;

namespace Platform.Host.Cli;

/// <summary>
/// Entry point of the command line: parses, reports usage errors with exit code 2 (as HashiCorp's CLIs do;
/// System.CommandLine would say 1), and otherwise runs the chosen command.
/// </summary>
internal static class PlatformCli
{
    /// <param name="input">Standard input for commands that read <c>-</c> (tests pass their own; default the console's).</param>
    /// <param name="environment">Server address and token (tests pass their own; default the process environment).</param>
    public static int Run(string[] args, InvocationConfiguration? configuration = null, TextReader? input = null, CliEnvironment? environment = null)
    {
        configuration ??= new InvocationConfiguration();
        // SIGTERM and Ctrl-C are left to the process: a server's host stops gracefully on them (System.CommandLine
        // would otherwise give up on it after two seconds and exit 130), and other commands simply end.
        configuration.ProcessTerminationTimeout = null;
        var context = new CliContext(input ?? Console.In, environment is null ? CliEnvironment.FromProcess : () => environment);
        var parse = PlatformCommand.Create(context).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                configuration.Error.WriteLine(error.Message);
            }

            configuration.Error.WriteLine($"Run '{string.Join(' ', ["platform", .. CommandPath(parse.CommandResult.Command)])} --help' for usage.");
            return ExitCodes.Usage;
        }

        return parse.Invoke(configuration);
    }

    private static IEnumerable<string> CommandPath(Command command) =>
        command is RootCommand ? [] : command.Parents.OfType<Command>().SelectMany(CommandPath).Append(command.Name);
}
