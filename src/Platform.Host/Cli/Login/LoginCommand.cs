using System.CommandLine;
using System.Text.Json.Nodes;
using Platform.Host.Cli.Api;
using Platform.Host.Cli.Output;
using Platform.Host.Cli.Token;

namespace Platform.Host.Cli.Login;

/// <summary>
/// <c>platform login [-method=token|userpass|ldap] [-path=P] [-no-store] [-field=F] [-format=json] [TOKEN | K=V...]</c>,
/// as <c>vault login</c>: <c>token</c> (the default) checks the given token with lookup-self; <c>userpass</c> and
/// <c>ldap</c> post <c>password</c> to <c>auth/PATH/login/USERNAME</c>, asking for the password without echo when
/// no <c>password=</c> is given. The token is stored in the token file (<c>~/.platform-token</c>) unless
/// <c>-no-store</c>; Vault's table follows.
/// </summary>
internal static class LoginCommand
{
    public static Command Create(CliContext context)
    {
        var values = new Argument<string[]>("TOKEN|K=V") { Arity = ArgumentArity.ZeroOrMore, Description = "A token (method token), or username=NAME [password=P] for userpass and ldap." };
        var method = new Option<string>("-method", "--method") { Description = "Auth method: token, userpass or ldap.", DefaultValueFactory = _ => "token" };
        var path = new Option<string?>("-path", "--path") { Description = "Where the method is mounted (default: its type)." };
        var noStore = new Option<bool>("-no-store", "--no-store") { Description = "Do not store the token in the token file." };
        var field = TokenCommand.FieldOption();
        var format = CliOutput.FormatOption();
        var command = new Command("login", "Authenticate and store the token.") { values, method, path, noStore, field, format };
        method.AcceptOnlyFromAmong("token", "userpass", "ldap");
        command.Validators.Add(result =>
        {
            if (result.GetValue(method) is "userpass" or "ldap")
            {
                foreach (var pair in result.GetValue(values) ?? [])
                {
                    if (pair.IndexOf('=', StringComparison.Ordinal) <= 0)
                    {
                        result.AddError($"'{pair}' must be K=V, e.g. username=alice");
                    }
                }
            }
            else if ((result.GetValue(values) ?? []).Length > 1)
            {
                result.AddError("the token method takes one TOKEN argument");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var environment = context.Environment();
            var chosen = parse.GetValue(method)!;
            var mount = (parse.GetValue(path) ?? chosen).Trim('/');
            var error = parse.InvocationConfiguration.Error;
            JsonNode? response;
            try
            {
                response = chosen == "token"
                    ? await TokenLoginAsync(context, environment, parse.GetValue(values) ?? [], error, cancellationToken)
                    : await PasswordLoginAsync(context, environment, mount, parse.GetValue(values) ?? [], error, cancellationToken);
            }
            catch (ApiException exception)
            {
                error.WriteLine($"Error authenticating: {exception.Message}");
                return ExitCodes.Error;
            }
            catch (ArgumentException exception)
            {
                error.WriteLine($"Error: {exception.Message}");
                return ExitCodes.Usage;
            }

            var token = response?["auth"]?["client_token"]?.GetValue<string>() ?? "";
            var store = !parse.GetValue(noStore);
            if (store)
            {
                TokenFileStore.Store(environment.EffectiveTokenFile, token);
            }

            var rows = TokenCommand.AuthRows(response).ToList();
            if (response?["auth"]?["metadata"] is JsonObject metadata)
            {
                rows.AddRange(metadata.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => ("token_meta_" + m.Key, CliOutput.Display(m.Value))));
            }

            if (parse.GetValue(field) is not { Length: > 0 } && parse.GetValue(format) != "json")
            {
                var output = parse.InvocationConfiguration.Output;
                output.WriteLine(store
                    ? "Success! You are now authenticated. The token information displayed below\nis already stored in the token file. You do NOT need to run \"platform login\"\nagain. Future requests will automatically use this token.\n"
                    : "Success! You are now authenticated. The token information displayed below\nhas NOT been stored: pass it yourself (PLATFORM_TOKEN) to use it.\n");
            }

            return TokenCommand.Print(parse, response, rows, parse.GetValue(format)!, parse.GetValue(field));
        });
        return command;
    }

    private static async Task<JsonNode?> PasswordLoginAsync(
        CliContext context, CliEnvironment environment, string mount, string[] pairs, TextWriter error, CancellationToken cancellationToken)
    {
        var values = pairs.Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        if (!values.Remove("username", out var username) || username.Length == 0)
        {
            throw new ArgumentException("username=NAME is required for this method");
        }

        if (!values.TryGetValue("password", out var password))
        {
            values["password"] = PasswordPrompt.Read(context.Input, error);
        }

        // Logins are unauthenticated: no token goes with them, whatever the environment holds.
        using var client = new PlatformApiClient(environment with { Token = null });
        return await client.SendAsync(HttpMethod.Post, $"auth/{mount}/login/{Uri.EscapeDataString(username)}", values, cancellationToken);
    }

    private static async Task<JsonNode?> TokenLoginAsync(
        CliContext context, CliEnvironment environment, string[] arguments, TextWriter error, CancellationToken cancellationToken)
    {
        var token = arguments.Length == 1 ? arguments[0] : "";
        if (token is "" or "-")
        {
            error.Write("Token (will be hidden): ");
            token = (token == "-" ? context.Input.ReadLine() : PasswordPrompt.Read(context.Input, TextWriter.Null))?.Trim() ?? "";
        }

        using var client = new PlatformApiClient(environment with { Token = token });
        var lookup = await client.GetAsync("auth/token/lookup-self", cancellationToken);
        var data = lookup?["data"];
        // Vault's CLI shows a token login as an auth block built from the lookup.
        return new JsonObject
        {
            ["auth"] = new JsonObject
            {
                ["client_token"] = token,
                ["accessor"] = data?["accessor"]?.DeepClone(),
                ["policies"] = data?["policies"]?.DeepClone(),
                ["token_policies"] = data?["policies"]?.DeepClone(),
                ["metadata"] = data?["meta"]?.DeepClone(),
                ["lease_duration"] = data?["ttl"]?.DeepClone() ?? 0,
                ["renewable"] = data?["renewable"]?.DeepClone() ?? false,
            },
        };
    }
}
