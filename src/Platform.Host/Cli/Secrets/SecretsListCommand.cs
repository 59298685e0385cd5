using System.CommandLine;
using System.Text.Json.Nodes;
using Platform.Host.Cli.Api;
using Platform.Host.Cli.Output;

namespace Platform.Host.Cli.Secrets;

/// <summary>
/// <c>platform secrets list [-detailed] [-format=json]</c>, as <c>vault secrets list</c>: a Path/Type/Accessor/
/// Description table (Vault's detailed columns with <c>-detailed</c>), or the server's <c>data</c> as JSON.
/// </summary>
internal static class SecretsListCommand
{
    public static Command Create(CliContext context)
    {
        var detailed = new Option<bool>("-detailed", "--detailed") { Description = "Also show TTLs, options, replication and UUIDs." };
        var format = CliOutput.FormatOption();
        var command = new Command("list", "List the enabled secrets engines.") { detailed, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            JsonObject mounts;
            try
            {
                using var client = context.CreateClient();
                mounts = (await client.GetAsync("sys/mounts", cancellationToken))?["data"] as JsonObject ?? [];
            }
            catch (ApiException exception)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Error listing secrets engines: {exception.Message}");
                return ExitCodes.Error;
            }

            if (parse.GetValue(format) == "json")
            {
                CliOutput.Json(output, mounts);
                return ExitCodes.Success;
            }

            var showDetails = parse.GetValue(detailed);
            string[] header = showDetails
                ? ["Path", "Plugin", "Accessor", "Default TTL", "Max TTL", "Force No Cache", "Replication", "Seal Wrap", "External Entropy Access", "Options", "Description", "UUID"]
                : ["Path", "Type", "Accessor", "Description"];
            var rows = mounts.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m =>
            {
                var mount = m.Value as JsonObject ?? [];
                var description = CliOutput.Display(mount["description"]) is { Length: > 0 } text and not "n/a" ? text : "n/a";
                return showDetails
                    ? new[]
                    {
                        m.Key, CliOutput.Display(mount["type"]), CliOutput.Display(mount["accessor"]),
                        Ttl(mount["config"]?["default_lease_ttl"]), Ttl(mount["config"]?["max_lease_ttl"]),
                        Flag(mount["config"]?["force_no_cache"]), mount["local"]?.GetValue<bool>() == true ? "local" : "replicated",
                        Flag(mount["seal_wrap"]), Flag(mount["external_entropy_access"]), Options(mount["options"]),
                        description, CliOutput.Display(mount["uuid"]),
                    }
                    : [m.Key, CliOutput.Display(mount["type"]), CliOutput.Display(mount["accessor"]), description];
            }).ToList();
            CliOutput.Columns(output, header, rows);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Vault prints an unset (zero) TTL as <c>system</c>.</summary>
    private static string Ttl(JsonNode? seconds) =>
        seconds is JsonValue value && value.TryGetValue<long>(out var s) && s > 0 ? Token.TokenCommand.HumanDuration(s) : "system";

    private static string Flag(JsonNode? value) => value is JsonValue v && v.TryGetValue<bool>(out var flag) && flag ? "true" : "false";

    /// <summary>Go's map printing, as Vault's table shows options: <c>map[version:2]</c>, <c>n/a</c> when none.</summary>
    private static string Options(JsonNode? options) => options is JsonObject { Count: > 0 } map ? CliOutput.Display(map) : "n/a";
}
