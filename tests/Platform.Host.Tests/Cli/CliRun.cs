using System.CommandLine;
using Platform.Host.Cli;
using Platform.Host.Cli.Api;

namespace Platform.Host.Tests.Cli;

/// <summary>Runs the real command tree in-process and captures what a user would see.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Invoke(params string[] args) => InvokeWithInput("", args);

    public static CliRun InvokeWithInput(string stdin, params string[] args) => InvokeWithInput(stdin, null, args);

    /// <param name="environment">Server address and token; null means the process's (commands that never call a server).</param>
    public static CliRun InvokeWithInput(string stdin, CliEnvironment? environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = PlatformCli.Run(args, new InvocationConfiguration { Output = output, Error = error }, new StringReader(stdin), environment);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
