using System.CommandLine;
using Platform.Host.Cli.Hcl;

namespace Platform.Host.Cli;

/// <summary>The root of the <c>platform</c> command tree; each area adds its own subcommand here.</summary>
internal static class PlatformCommand
{
    public static RootCommand Create(TextReader input)
    {
        var root = new RootCommand("Platform: scheduler, provisioner and secrets in one cluster.");
        root.Subcommands.Add(HclCommand.Create(input));
        return root;
    }
}
