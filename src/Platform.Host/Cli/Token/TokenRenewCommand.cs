using System.CommandLine;
using Platform.Host.Cli.Output;

namespace Platform.Host.Cli.Token;

/// <summary><c>platform token renew [TOKEN] [-increment=D]</c>: the calling token (<c>renew-self</c>) or another one.</summary>
internal static class TokenRenewCommand
{
    public static Command Create(CliContext context)
    {
        var token = new Argument<string?>("TOKEN") { Arity = ArgumentArity.ZeroOrOne, Description = "Token to renew; default: the caller's token." };
        var increment = new Option<string?>("-increment", "--increment", "-i") { Description = "TTL to ask for, counted from now (e.g. 1h); default: the token's previous TTL." };
        var field = TokenCommand.FieldOption();
        var format = CliOutput.FormatOption();
        var command = new Command("renew", "Renew a token.") { token, increment, field, format };
        command.SetAction((parse, cancellationToken) => TokenCommand.CallAsync(parse, context, async (client, _) =>
        {
            var body = new Dictionary<string, object?>();
            if (parse.GetValue(increment) is { Length: > 0 } asked)
            {
                body["increment"] = asked;
            }

            var value = parse.GetValue(token);
            if (!string.IsNullOrEmpty(value))
            {
                body["token"] = value;
            }

            var response = await client.SendAsync(HttpMethod.Post, string.IsNullOrEmpty(value) ? "auth/token/renew-self" : "auth/token/renew", body, cancellationToken);
            return TokenCommand.Print(parse, response, TokenCommand.AuthRows(response), parse.GetValue(format)!, parse.GetValue(field));
        }));
        return command;
    }
}
