using System.CommandLine;

namespace Platform.Host.Cli.Token;

/// <summary>
/// <c>platform token revoke [TOKEN] [-accessor] [-self] [-mode=orphan]</c>: the token and its children, or with
/// <c>-mode=orphan</c> the token alone (its children become orphans; sudo).
/// </summary>
internal static class TokenRevokeCommand
{
    public static Command Create(CliContext context)
    {
        var token = new Argument<string?>("TOKEN") { Arity = ArgumentArity.ZeroOrOne, Description = "Token (or accessor with -accessor)." };
        var accessor = new Option<bool>("-accessor", "--accessor") { Description = "TOKEN is an accessor." };
        var self = new Option<bool>("-self", "--self") { Description = "Revoke the calling token." };
        var mode = new Option<string?>("-mode", "--mode") { Description = "orphan: revoke only this token, its children become orphans." };
        var command = new Command("revoke", "Revoke a token and its children.") { token, accessor, self, mode };
        command.Validators.Add(result =>
        {
            var given = !string.IsNullOrEmpty(result.GetValue(token));
            if (result.GetValue(self) == given)
            {
                result.AddError(given ? "give either TOKEN or -self, not both." : "give the TOKEN to revoke, or -self.");
            }

            if (result.GetValue(mode) is { Length: > 0 } value && value != "orphan")
            {
                result.AddError($"-mode must be orphan, not '{value}'.");
            }

            if (result.GetValue(accessor) && result.GetValue(mode) == "orphan")
            {
                result.AddError("-accessor and -mode=orphan cannot be combined.");
            }
        });
        command.SetAction((parse, cancellationToken) => TokenCommand.CallAsync(parse, context, async (client, output) =>
        {
            var value = parse.GetValue(token);
            if (parse.GetValue(self))
            {
                await client.SendAsync(HttpMethod.Post, "auth/token/revoke-self", null, cancellationToken);
            }
            else if (parse.GetValue(accessor))
            {
                await client.SendAsync(HttpMethod.Post, "auth/token/revoke-accessor", new { accessor = value }, cancellationToken);
            }
            else
            {
                var path = parse.GetValue(mode) == "orphan" ? "auth/token/revoke-orphan" : "auth/token/revoke";
                await client.SendAsync(HttpMethod.Post, path, new { token = value }, cancellationToken);
            }

            output.WriteLine("Success! Revoked token (if it existed)");
            return ExitCodes.Success;
        }));
        return command;
    }
}
