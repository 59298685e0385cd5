using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Host.Cli.Output;

/// <summary>
/// How API-backed commands print: Vault's two-column <c>Key  Value</c> tables and one-per-line lists by default,
/// the server's JSON with <c>-format=json</c>. Every such command takes <see cref="FormatOption"/>.
/// </summary>
internal static class CliOutput
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Option<string> FormatOption() => new("-format", "--format")
    {
        Description = "Output format: table or json.",
        DefaultValueFactory = _ => "table",
        CustomParser = result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "table";
            if (value is not ("table" or "json"))
            {
                result.AddError($"-format must be table or json, not '{value}'.");
            }

            return value;
        },
    };

    public static void Json(TextWriter output, JsonNode? node) => output.WriteLine(node?.ToJsonString(Indented) ?? "null");

    /// <summary>Vault's key/value table: a header, a dashed rule, then one aligned row per key.</summary>
    public static void Table(TextWriter output, IEnumerable<(string Key, string Value)> rows)
    {
        var list = rows.ToList();
        var width = Math.Max(3, list.Count == 0 ? 0 : list.Max(r => r.Key.Length));
        output.WriteLine($"{"Key".PadRight(width)}    Value");
        output.WriteLine($"{"---".PadRight(width)}    -----");
        foreach (var (key, value) in list)
        {
            output.WriteLine($"{key.PadRight(width)}    {value}");
        }
    }

    /// <summary>Vault's column layout (<c>audit list</c>, <c>auth list</c>): a header, a dashed rule per column, then the rows, padded to width.</summary>
    public static void Columns(TextWriter output, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        void Line(IEnumerable<string> cells) => output.WriteLine(string.Join("    ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        Line(header);
        Line(header.Select(h => new string('-', h.Length)));
        foreach (var row in rows)
        {
            Line(row);
        }
    }

    /// <summary>A JSON object's members as table rows; arrays print as Vault does (<c>[a b]</c>).</summary>
    public static IEnumerable<(string Key, string Value)> Rows(JsonObject? data) =>
        data is null ? [] : data.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, Display(p.Value)));

    public static string Display(JsonNode? value) => value switch
    {
        null => "n/a",
        JsonArray array => "[" + string.Join(' ', array.Select(Display)) + "]",
        JsonObject obj => "map[" + string.Join(' ', obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}:{Display(p.Value)}")) + "]",
        _ => value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString(),
    };
}
