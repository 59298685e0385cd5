using System.CommandLine;
using System.Text.Json.Nodes;
using Platform.Host.Cli.Api;
using Platform.Host.Cli.Output;
using Platform.Kernel.Time;

namespace Platform.Host.Cli.Token;

/// <summary>
/// <c>platform token create|lookup|renew|revoke</c>, shaped like <c>vault token …</c>: Vault's flags, its tables
/// (or the server's JSON with <c>-format=json</c>, one value with <c>-field</c>), the server's errors on stderr (exit 1).
/// </summary>
internal static class TokenCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("token", "Create, look up, renew and revoke tokens.");
        command.Subcommands.Add(TokenCreateCommand.Create(context));
        command.Subcommands.Add(TokenLookupCommand.Create(context));
        command.Subcommands.Add(TokenRenewCommand.Create(context));
        command.Subcommands.Add(TokenRevokeCommand.Create(context));
        return command;
    }

    public static Option<string?> FieldOption() => new("-field", "--field")
    {
        Description = "Print only this field's value (no table, no trailing decoration).",
    };

    /// <summary>Runs one API call; a refusal or an unreachable server prints the server's words and exits 1.</summary>
    public static async Task<int> CallAsync(ParseResult parse, CliContext context, Func<PlatformApiClient, TextWriter, Task<int>> call)
    {
        try
        {
            using var client = context.CreateClient();
            return await call(client, parse.InvocationConfiguration.Output);
        }
        catch (ApiException exception)
        {
            parse.InvocationConfiguration.Error.WriteLine($"Error: {exception.Message}");
            return ExitCodes.Error;
        }
    }

    /// <summary>
    /// Prints rows as <c>-format</c> and <c>-field</c> ask: the whole response as JSON, one field's value, or the
    /// Key/Value table. An unknown field is an error, as in Vault.
    /// </summary>
    public static int Print(ParseResult parse, JsonNode? response, IReadOnlyList<(string Key, string Value)> rows, string format, string? field)
    {
        var output = parse.InvocationConfiguration.Output;
        if (field is { Length: > 0 })
        {
            foreach (var (key, value) in rows)
            {
                if (key == field)
                {
                    output.WriteLine(value);
                    return ExitCodes.Success;
                }
            }

            parse.InvocationConfiguration.Error.WriteLine($"Error: field \"{field}\" not present in the response");
            return ExitCodes.Error;
        }

        if (format == "json")
        {
            CliOutput.Json(output, response);
        }
        else
        {
            CliOutput.Table(output, rows);
        }

        return ExitCodes.Success;
    }

    /// <summary>The rows Vault's CLI prints for an <c>auth</c> block (token create, token renew).</summary>
    public static IReadOnlyList<(string Key, string Value)> AuthRows(JsonNode? response)
    {
        var auth = response?["auth"];
        var policies = Quoted(auth?["policies"]);
        var lease = auth?["lease_duration"]?.GetValue<long>() ?? 0;
        return
        [
            ("token", auth?["client_token"]?.GetValue<string>() ?? ""),
            ("token_accessor", auth?["accessor"]?.GetValue<string>() ?? ""),
            ("token_duration", lease == 0 ? "∞" : HumanDuration(lease)),
            ("token_renewable", (auth?["renewable"]?.GetValue<bool>() ?? false) ? "true" : "false"),
            ("token_policies", Quoted(auth?["token_policies"])),
            ("identity_policies", "[]"),
            ("policies", policies),
        ];
    }

    /// <summary>The rows of a lookup's <c>data</c>, durations in Vault's short form (<c>768h</c>, <c>59m30s</c>).</summary>
    public static IReadOnlyList<(string Key, string Value)> LookupRows(JsonNode? response)
    {
        var data = response?["data"] as JsonObject;
        return CliOutput.Rows(data)
            .Select(row => row.Key is "creation_ttl" or "ttl" or "explicit_max_ttl" or "period" && long.TryParse(row.Value, out var seconds)
                ? (row.Key, HumanDuration(seconds))
                : row)
            .ToList();
    }

    /// <summary>Vault's CLI drops zero trailing units: <c>768h0m0s</c> prints as <c>768h</c>, <c>1h30m0s</c> as <c>1h30m</c>.</summary>
    public static string HumanDuration(long seconds)
    {
        var text = GoDuration.Format(TimeSpan.FromSeconds(seconds));
        if (text.EndsWith("m0s", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        if (text.EndsWith("h0m", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        return text;
    }

    private static string Quoted(JsonNode? list) =>
        list is JsonArray array ? "[" + string.Join(' ', array.Select(p => $"\"{p}\"")) + "]" : "[]";
}
