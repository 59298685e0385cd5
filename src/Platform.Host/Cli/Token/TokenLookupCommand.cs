using System.CommandLine;
using Platform.Host.Cli.Output;

namespace Platform.Host.Cli.Token;

/// <summary>
/// <c>platform token lookup [TOKEN] [-accessor]</c>: the calling token (<c>lookup-self</c>) when none is given, another
/// token (<c>lookup</c>, the token in the body), or the token behind an accessor (<c>lookup-accessor</c>).
/// </summary>
internal static class TokenLookupCommand
{
    public static Command Create(CliContext context)
    {
        var token = new Argument<string?>("TOKEN") { Arity = ArgumentArity.ZeroOrOne, Description = "Token (or accessor with -accessor); default: the caller's token." };
        var accessor = new Option<bool>("-accessor", "--accessor") { Description = "TOKEN is an accessor." };
        var field = TokenCommand.FieldOption();
        var format = CliOutput.FormatOption();
        var command = new Command("lookup", "Display information about a token.") { token, accessor, field, format };
        command.Validators.Add(result =>
        {
            if (result.GetValue(accessor) && string.IsNullOrEmpty(result.GetValue(token)))
            {
                result.AddError("-accessor needs the accessor as an argument.");
            }
        });
        command.SetAction((parse, cancellationToken) => TokenCommand.CallAsync(parse, context, async (client, _) =>
        {
            var value = parse.GetValue(token);
            var response = string.IsNullOrEmpty(value)
                ? await client.GetAsync("auth/token/lookup-self", cancellationToken)
                : parse.GetValue(accessor)
                    ? await client.SendAsync(HttpMethod.Post, "auth/token/lookup-accessor", new { accessor = value }, cancellationToken)
                    : await client.SendAsync(HttpMethod.Post, "auth/token/lookup", new { token = value }, cancellationToken);
            return TokenCommand.Print(parse, response, TokenCommand.LookupRows(response), parse.GetValue(format)!, parse.GetValue(field));
        }));
        return command;
    }
}
