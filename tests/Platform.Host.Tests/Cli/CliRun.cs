using System.CommandLine;
using Platform.Host.Cli;

namespace Platform.Host.Tests.Cli;

/// <summary>Runs the real command tree in-process and captures what a user would see.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Invoke(params string[] args) => InvokeWithInput("", args);

    public static CliRun InvokeWithInput(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = PlatformCli.Run(args, new InvocationConfiguration { Output = output, Error = error }, new StringReader(stdin));
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
