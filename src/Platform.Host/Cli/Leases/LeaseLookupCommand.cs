using System.CommandLine;
using System.Text.Json.Nodes;
using Platform.Host.Cli.Output;
using Platform.Host.Cli.Token;

namespace Platform.Host.Cli.Leases;

/// <summary><c>platform lease lookup ID</c>: Vault's table (<c>ttl</c> as a duration, unset times as <c>&lt;nil&gt;</c>).</summary>
internal static class LeaseLookupCommand
{
    public static Command Create(CliContext context)
    {
        var id = LeaseCommand.LeaseIdArgument("Lease to look up.");
        var format = CliOutput.FormatOption();
        var command = new Command("lookup", "Look up a lease's times.") { id, format };
        command.SetAction((parse, cancellationToken) => TokenCommand.CallAsync(parse, context, async (client, _) =>
        {
            var response = await client.PutAsync("sys/leases/lookup", new { lease_id = parse.GetValue(id) }, cancellationToken);
            var rows = (response?["data"] as JsonObject ?? [])
                .OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => (pair.Key, pair.Value switch
                {
                    null => "<nil>",
                    _ when pair.Key == "ttl" => TokenCommand.HumanDuration(pair.Value.GetValue<long>()),
                    _ => CliOutput.Display(pair.Value),
                }))
                .ToList();
            return TokenCommand.Print(parse, response, rows, parse.GetValue(format)!, field: null);
        }));
        return command;
    }
}
