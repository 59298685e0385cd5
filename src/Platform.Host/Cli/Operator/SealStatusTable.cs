using System.Text.Json.Nodes;
using Platform.Host.Cli.Output;

namespace Platform.Host.Cli.Operator;

/// <summary>
/// <c>vault status</c>'s table from a <c>sys/seal-status</c> body: progress and nonce only while sealed, cluster
/// name and id only once unsealed, as Vault shows them.
/// </summary>
internal static class SealStatusTable
{
    public static void Print(TextWriter output, JsonNode? status)
    {
        var isSealed = status?["sealed"]?.GetValue<bool>() ?? true;
        var rows = new List<(string, string)>
        {
            ("Seal Type", Text(status, "type")),
            ("Initialized", Text(status, "initialized")),
            ("Sealed", Text(status, "sealed")),
            ("Total Shares", Text(status, "n")),
            ("Threshold", Text(status, "t")),
        };
        if (isSealed)
        {
            rows.Add(("Unseal Progress", $"{Text(status, "progress")}/{Text(status, "t")}"));
            rows.Add(("Unseal Nonce", Text(status, "nonce") is { Length: > 0 } nonce ? nonce : "n/a"));
        }

        rows.Add(("Version", Text(status, "version")));
        rows.Add(("Build Date", Text(status, "build_date") is { Length: > 0 } date ? date : "n/a"));
        rows.Add(("Storage Type", Text(status, "storage_type")));
        if (!isSealed)
        {
            rows.Add(("Cluster Name", Text(status, "cluster_name")));
            rows.Add(("Cluster ID", Text(status, "cluster_id")));
        }

        rows.Add(("HA Enabled", "false"));
        CliOutput.Table(output, rows);
    }

    private static string Text(JsonNode? status, string name) => CliOutput.Display(status?[name]);
}
