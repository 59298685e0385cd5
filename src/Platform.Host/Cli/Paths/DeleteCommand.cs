using System.CommandLine;

namespace Platform.Host.Cli.Paths;

/// <summary><c>platform delete PATH</c>: DELETE any path, like <c>vault delete</c> (absent data is not an error).</summary>
internal static class DeleteCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("path") { Description = "Path to delete (without /v1/)." };
        var command = new Command("delete", "Delete data at a path.") { path };
        command.SetAction((parse, cancellationToken) =>
        {
            var target = PathCall.Clean(parse.GetValue(path)!);
            return PathCall.RunAsync(parse, context, "deleting", target, async client =>
            {
                await client.DeleteAsync(target, cancellationToken);
                await parse.InvocationConfiguration.Output.WriteLineAsync($"Success! Data deleted (if it existed) at: {target}");
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
