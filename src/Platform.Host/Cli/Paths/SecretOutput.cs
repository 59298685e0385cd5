using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Host.Cli.Output;
using Platform.Host.Cli.Token;

namespace Platform.Host.Cli.Paths;

/// <summary>
/// How the Vault CLI prints a response to <c>read</c>/<c>write</c>/<c>kv</c>: <c>-field</c> alone, the JSON with
/// <c>-format=json</c>, else a table of the data preceded by the lease (<c>lease_id</c>, <c>lease_duration</c>,
/// <c>lease_renewable</c>, or <c>refresh_interval</c> for an unleased TTL such as KV v1's) or the token of an auth
/// answer. Null values print as <c>&lt;nil&gt;</c> and empty strings as <c>n/a</c>, as Vault prints them.
/// </summary>
internal static class SecretOutput
{
    public static int Print(ParseResult parse, JsonNode? response, string format, string? field)
    {
        var rows = Rows(response);
        if (field is { Length: > 0 })
        {
            return PrintField(parse, rows, field);
        }

        if (format == "json")
        {
            CliOutput.Json(parse.InvocationConfiguration.Output, response);
        }
        else
        {
            CliOutput.Table(parse.InvocationConfiguration.Output, rows);
        }

        return ExitCodes.Success;
    }

    public static int PrintField(ParseResult parse, IReadOnlyList<(string Key, string Value)> rows, string field)
    {
        foreach (var (key, value) in rows)
        {
            if (key == field)
            {
                parse.InvocationConfiguration.Output.WriteLine(value);
                return ExitCodes.Success;
            }
        }

        parse.InvocationConfiguration.Error.WriteLine($"Field \"{field}\" not present in secret");
        return ExitCodes.Error;
    }

    public static IReadOnlyList<(string Key, string Value)> Rows(JsonNode? response)
    {
        var rows = new List<(string Key, string Value)>();
        if (response?["auth"] is JsonObject)
        {
            rows.AddRange(TokenCommand.AuthRows(response));
        }

        var leaseDuration = response?["lease_duration"]?.GetValueKind() == JsonValueKind.Number ? response["lease_duration"]!.GetValue<long>() : 0;
        if (leaseDuration > 0)
        {
            if (response?["lease_id"]?.GetValue<string>() is { Length: > 0 } leaseId)
            {
                rows.Add(("lease_id", leaseId));
                rows.Add(("lease_duration", TokenCommand.HumanDuration(leaseDuration)));
                rows.Add(("lease_renewable", response["renewable"]?.GetValue<bool>() == true ? "true" : "false"));
            }
            else
            {
                rows.Add(("refresh_interval", TokenCommand.HumanDuration(leaseDuration)));
            }
        }

        rows.AddRange(DataRows(response?["data"] as JsonObject));
        return rows;
    }

    public static IEnumerable<(string Key, string Value)> DataRows(JsonObject? data) =>
        data is null ? [] : data.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, Display(p.Value)));

    public static string Display(JsonNode? value) => value switch
    {
        null => "<nil>",
        JsonValue text when text.GetValueKind() == JsonValueKind.String && text.GetValue<string>().Length == 0 => "n/a",
        _ => CliOutput.Display(value),
    };

    /// <summary>
    /// Vault's section title, <c>====== Data ======</c>: the title centred in <c>=</c> to the width of what follows
    /// (a table's header row, or a path line), at least two on each side.
    /// </summary>
    public static string Title(string title, int width)
    {
        var side = Math.Max(2, (width - title.Length - 2 + 1) / 2);
        var bar = new string('=', side);
        return $"{bar} {title} {bar}";
    }

    /// <summary>The width of <see cref="CliOutput.Table"/>'s header row for these rows.</summary>
    public static int TableWidth(IEnumerable<(string Key, string Value)> rows) =>
        Math.Max(3, rows.Select(r => r.Key.Length).DefaultIfEmpty(0).Max()) + 4 + "Value".Length;
}
