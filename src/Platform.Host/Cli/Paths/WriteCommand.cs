using System.CommandLine;
using Platform.Host.Cli.Output;
using Platform.Host.Cli.Token;

namespace Platform.Host.Cli.Paths;

/// <summary>
/// <c>platform write PATH k=v… | -</c>: PUT any path, like <c>vault write</c>. Without data it refuses unless
/// <c>-force</c> (a write with no body is easy to type by mistake).
/// </summary>
internal static class WriteCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("path") { Description = "Path to write (without /v1/)." };
        var pairs = new Argument<string[]>("data") { Description = "key=value pairs (value @FILE or - for stdin), or - for a JSON object on stdin.", Arity = ArgumentArity.ZeroOrMore };
        var force = new Option<bool>("-force", "--force", "-f") { Description = "Allow the write with no data." };
        var field = TokenCommand.FieldOption();
        var format = CliOutput.FormatOption();
        var command = new Command("write", "Write data to any path.") { path, pairs, force, field, format };
        command.SetAction((parse, cancellationToken) =>
        {
            var target = PathCall.Clean(parse.GetValue(path)!);
            return PathCall.RunAsync(parse, context, "writing", target, async client =>
            {
                var data = KeyValueArguments.Parse(parse.GetValue(pairs) ?? [], context.Input);
                if (data.Count == 0 && !parse.GetValue(force))
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync("Must supply data or use -force");
                    return ExitCodes.Usage;
                }

                var response = await client.PutAsync(target, data.ToJsonString(), cancellationToken);
                if (response is null)
                {
                    await parse.InvocationConfiguration.Output.WriteLineAsync($"Success! Data written to: {target}");
                    return ExitCodes.Success;
                }

                return SecretOutput.Print(parse, response, parse.GetValue(format)!, parse.GetValue(field));
            });
        });
        return command;
    }
}
