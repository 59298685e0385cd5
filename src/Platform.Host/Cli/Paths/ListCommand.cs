using System.CommandLine;
using System.Text.Json.Nodes;
using Platform.Host.Cli.Output;

namespace Platform.Host.Cli.Paths;

/// <summary><c>platform list PATH</c>: LIST any path and print its <c>keys</c>, like <c>vault list</c>.</summary>
internal static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("path") { Description = "Path to list (without /v1/)." };
        var format = CliOutput.FormatOption();
        var command = new Command("list", "List the keys under a path.") { path, format };
        command.SetAction((parse, cancellationToken) =>
        {
            var target = PathCall.Clean(parse.GetValue(path)!).TrimEnd('/') + "/";
            return PathCall.RunAsync(parse, context, "listing", target, async client =>
                PrintKeys(parse, await client.ListAsync(target, cancellationToken), target, parse.GetValue(format)!));
        });
        return command;
    }

    /// <summary>Vault's list output: a <c>Keys</c> column, or the JSON array of keys with <c>-format=json</c>.</summary>
    public static int PrintKeys(ParseResult parse, JsonNode? response, string path, string format)
    {
        if (response?["data"]?["keys"] is not JsonArray { Count: > 0 } keys)
        {
            parse.InvocationConfiguration.Error.WriteLine($"No value found at {path}");
            return ExitCodes.Usage;
        }

        if (format == "json")
        {
            CliOutput.Json(parse.InvocationConfiguration.Output, keys);
        }
        else
        {
            CliOutput.Columns(parse.InvocationConfiguration.Output, ["Keys"], keys.Select(k => new[] { k?.GetValue<string>() ?? "" }).ToList());
        }

        return ExitCodes.Success;
    }
}
