using System.CommandLine;
using Platform.Host.Cli.Output;

namespace Platform.Host.Cli.Token;

/// <summary>
/// <c>platform token create [-policy=P]... [-ttl=D] [-explicit-max-ttl=D] [-period=D] [-orphan] [-use-limit=N]
/// [-display-name=NAME] [-metadata=K=V]... [-renewable=false] [-no-default-policy] [-id=ID]</c>: a child of the
/// calling token (or an orphan through <c>auth/token/create-orphan</c>).
/// </summary>
internal static class TokenCreateCommand
{
    public static Command Create(CliContext context)
    {
        var policy = new Option<string[]>("-policy", "--policy") { Description = "Policy to attach (repeat, or comma-separate); default: the caller's." };
        var ttl = new Option<string?>("-ttl", "--ttl") { Description = "Initial TTL (e.g. 1h, 30m, 3600)." };
        var explicitMax = new Option<string?>("-explicit-max-ttl", "--explicit-max-ttl") { Description = "Hard limit on the token's life, renewals included." };
        var period = new Option<string?>("-period", "--period") { Description = "Periodic token: each renewal grants this period (sudo)." };
        var orphan = new Option<bool>("-orphan", "--orphan") { Description = "Create a token without a parent (auth/token/create-orphan)." };
        var useLimit = new Option<int>("-use-limit", "--use-limit") { Description = "Number of uses before the token is revoked (0: unlimited)." };
        var displayName = new Option<string?>("-display-name", "--display-name") { Description = "Name shown as token-NAME." };
        var metadata = new Option<string[]>("-metadata", "--metadata") { Description = "K=V metadata pair (repeatable)." };
        var renewable = new Option<bool>("-renewable", "--renewable") { Description = "Allow renewal.", DefaultValueFactory = _ => true };
        var noDefault = new Option<bool>("-no-default-policy", "--no-default-policy") { Description = "Do not attach the default policy." };
        var id = new Option<string?>("-id", "--id") { Description = "The token value to create (root or sudo)." };
        var field = TokenCommand.FieldOption();
        var format = CliOutput.FormatOption();
        var command = new Command("create", "Create a token.")
        {
            policy, ttl, explicitMax, period, orphan, useLimit, displayName, metadata, renewable, noDefault, id, field, format,
        };
        command.Validators.Add(result =>
        {
            foreach (var pair in result.GetValue(metadata) ?? [])
            {
                if (pair.IndexOf('=', StringComparison.Ordinal) <= 0)
                {
                    result.AddError($"-metadata must be K=V, not '{pair}'.");
                }
            }
        });
        command.SetAction((parse, cancellationToken) => TokenCommand.CallAsync(parse, context, async (client, _) =>
        {
            var body = new Dictionary<string, object?>
            {
                ["renewable"] = parse.GetValue(renewable),
                ["no_default_policy"] = parse.GetValue(noDefault),
                ["num_uses"] = parse.GetValue(useLimit),
            };
            var policies = (parse.GetValue(policy) ?? []).SelectMany(p => p.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
            if (policies.Count > 0)
            {
                body["policies"] = policies;
            }

            AddIfGiven(body, "ttl", parse.GetValue(ttl));
            AddIfGiven(body, "explicit_max_ttl", parse.GetValue(explicitMax));
            AddIfGiven(body, "period", parse.GetValue(period));
            AddIfGiven(body, "display_name", parse.GetValue(displayName));
            AddIfGiven(body, "id", parse.GetValue(id));
            var meta = (parse.GetValue(metadata) ?? []).Select(pair => pair.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1], StringComparer.Ordinal);
            if (meta.Count > 0)
            {
                body["meta"] = meta;
            }

            var path = parse.GetValue(orphan) ? "auth/token/create-orphan" : "auth/token/create";
            var response = await client.SendAsync(HttpMethod.Post, path, body, cancellationToken);
            return TokenCommand.Print(parse, response, TokenCommand.AuthRows(response), parse.GetValue(format)!, parse.GetValue(field));
        }));
        return command;
    }

    private static void AddIfGiven(Dictionary<string, object?> body, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            body[name] = value;
        }
    }
}
