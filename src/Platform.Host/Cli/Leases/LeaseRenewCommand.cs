using System.CommandLine;
using Platform.Host.Cli.Api;
using Platform.Host.Cli.Output;
using Platform.Host.Cli.Token;

namespace Platform.Host.Cli.Leases;

/// <summary>
/// <c>platform lease renew [-increment=D] ID</c>: Vault's lease_id / lease_duration / lease_renewable table. Only a
/// secret's lease renews here: the server refuses a token's lease as Vault does (<c>platform token renew</c> renews
/// tokens), and the refusal is printed as <c>vault lease renew</c> prints it ("Error renewing ID: …").
/// </summary>
internal static class LeaseRenewCommand
{
    public static Command Create(CliContext context)
    {
        var id = LeaseCommand.LeaseIdArgument("Lease to renew (a secret's lease; tokens renew with `platform token renew`).");
        var increment = new Option<string?>("-increment", "--increment", "-i") { Description = "TTL to ask for, counted from now (e.g. 1h); default: the lease's default TTL." };
        var field = TokenCommand.FieldOption();
        var format = CliOutput.FormatOption();
        var command = new Command("renew", "Renew a secret's lease.") { id, increment, field, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var leaseId = parse.GetValue(id)!.Trim();
            var body = new Dictionary<string, object?> { ["lease_id"] = leaseId };
            if (parse.GetValue(increment) is { Length: > 0 } asked)
            {
                body["increment"] = asked;
            }

            try
            {
                using var client = context.CreateClient();
                var response = await client.PutAsync("sys/leases/renew", body, cancellationToken);
                var rows = new List<(string, string)>
                {
                    ("lease_id", response?["lease_id"]?.GetValue<string>() ?? ""),
                    ("lease_duration", TokenCommand.HumanDuration(response?["lease_duration"]?.GetValue<long>() ?? 0)),
                    ("lease_renewable", (response?["renewable"]?.GetValue<bool>() ?? false) ? "true" : "false"),
                };
                return TokenCommand.Print(parse, response, rows, parse.GetValue(format)!, parse.GetValue(field));
            }
            catch (ApiException exception)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Error renewing {leaseId}: {exception.Message}");
                return ExitCodes.Error;
            }
        });
        return command;
    }
}
