using System.CommandLine;
using Platform.Host.Cli.Output;
using Platform.Host.Cli.Token;

namespace Platform.Host.Cli.Leases;

/// <summary><c>platform lease renew [-increment=D] ID</c>: Vault's lease_id / lease_duration / lease_renewable table.</summary>
internal static class LeaseRenewCommand
{
    public static Command Create(CliContext context)
    {
        var id = LeaseCommand.LeaseIdArgument("Lease to renew.");
        var increment = new Option<string?>("-increment", "--increment", "-i") { Description = "TTL to ask for, counted from now (e.g. 1h); default: the lease's default TTL." };
        var field = TokenCommand.FieldOption();
        var format = CliOutput.FormatOption();
        var command = new Command("renew", "Renew a lease.") { id, increment, field, format };
        command.SetAction((parse, cancellationToken) => TokenCommand.CallAsync(parse, context, async (client, _) =>
        {
            var body = new Dictionary<string, object?> { ["lease_id"] = parse.GetValue(id) };
            if (parse.GetValue(increment) is { Length: > 0 } asked)
            {
                body["increment"] = asked;
            }

            var response = await client.PutAsync("sys/leases/renew", body, cancellationToken);
            var rows = new List<(string, string)>
            {
                ("lease_id", response?["lease_id"]?.GetValue<string>() ?? ""),
                ("lease_duration", TokenCommand.HumanDuration(response?["lease_duration"]?.GetValue<long>() ?? 0)),
                ("lease_renewable", (response?["renewable"]?.GetValue<bool>() ?? false) ? "true" : "false"),
            };
            return TokenCommand.Print(parse, response, rows, parse.GetValue(format)!, parse.GetValue(field));
        }));
        return command;
    }
}
