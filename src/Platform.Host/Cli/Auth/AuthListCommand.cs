using System.CommandLine;
using System.Text.Json.Nodes;
using Platform.Host.Cli.Api;
using Platform.Host.Cli.Output;

namespace Platform.Host.Cli.Auth;

/// <summary>
/// <c>platform auth list [-detailed] [-format=json]</c>, as <c>vault auth list</c>: a Path/Type/Accessor/Description
/// table (plus the TTLs and replication with <c>-detailed</c>), or the server's <c>data</c> as JSON.
/// </summary>
internal static class AuthListCommand
{
    public static Command Create(CliContext context)
    {
        var detailed = new Option<bool>("-detailed", "--detailed") { Description = "Also show default/max TTL and replication." };
        var format = CliOutput.FormatOption();
        var command = new Command("list", "List the enabled auth methods.") { detailed, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            JsonObject methods;
            try
            {
                using var client = context.CreateClient();
                methods = (await client.GetAsync("sys/auth", cancellationToken))?["data"] as JsonObject ?? [];
            }
            catch (ApiException exception)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Error listing enabled authentications: {exception.Message}");
                return ExitCodes.Error;
            }

            if (parse.GetValue(format) == "json")
            {
                CliOutput.Json(output, methods);
                return ExitCodes.Success;
            }

            var showDetails = parse.GetValue(detailed);
            string[] header = showDetails
                ? ["Path", "Type", "Accessor", "Default TTL", "Max TTL", "Replication", "Description"]
                : ["Path", "Type", "Accessor", "Description"];
            var rows = methods.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m =>
            {
                var method = m.Value as JsonObject ?? [];
                var description = CliOutput.Display(method["description"]) is { Length: > 0 } text and not "n/a" ? text : "n/a";
                return showDetails
                    ? new[]
                    {
                        m.Key, CliOutput.Display(method["type"]), CliOutput.Display(method["accessor"]),
                        Ttl(method["config"]?["default_lease_ttl"]), Ttl(method["config"]?["max_lease_ttl"]),
                        method["local"]?.GetValue<bool>() == true ? "local" : "replicated", description,
                    }
                    : [m.Key, CliOutput.Display(method["type"]), CliOutput.Display(method["accessor"]), description];
            }).ToList();
            CliOutput.Columns(output, header, rows);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Vault prints an unset (zero) TTL as <c>system</c>.</summary>
    private static string Ttl(JsonNode? seconds) =>
        seconds is JsonValue value && value.TryGetValue<long>(out var s) && s > 0 ? Token.TokenCommand.HumanDuration(s) : "system";
}
