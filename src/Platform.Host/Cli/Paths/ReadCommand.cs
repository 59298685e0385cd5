using System.CommandLine;
using Platform.Host.Cli.Output;
using Platform.Host.Cli.Token;

namespace Platform.Host.Cli.Paths;

/// <summary><c>platform read PATH [k=v…]</c>: GET any path (the pairs become the query string), like <c>vault read</c>.</summary>
internal static class ReadCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("path") { Description = "Path to read (without /v1/)." };
        var pairs = new Argument<string[]>("data") { Description = "key=value pairs sent as query parameters.", Arity = ArgumentArity.ZeroOrMore };
        var field = TokenCommand.FieldOption();
        var format = CliOutput.FormatOption();
        var command = new Command("read", "Read data from any path.") { path, pairs, field, format };
        command.SetAction((parse, cancellationToken) =>
        {
            var target = PathCall.Clean(parse.GetValue(path)!);
            return PathCall.RunAsync(parse, context, "reading", target, async client =>
            {
                var query = KeyValueArguments.Parse(parse.GetValue(pairs) ?? [], context.Input);
                var suffix = query.Count == 0 ? "" : "?" + string.Join('&', query.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value?.ToString() ?? "")));
                var response = await client.GetAsync(target + suffix, cancellationToken);
                return SecretOutput.Print(parse, response, parse.GetValue(format)!, parse.GetValue(field));
            });
        });
        return command;
    }
}
