using System.CommandLine;
using Platform.Host.Cli.Token;

namespace Platform.Host.Cli.Leases;

/// <summary>
/// <c>platform lease revoke [-prefix] [-force] ID</c>: one lease, every lease under a prefix, or (with
/// <c>-force</c>, which needs <c>-prefix</c>) every lease under a prefix even where the engine fails to revoke it.
/// </summary>
internal static class LeaseRevokeCommand
{
    public static Command Create(CliContext context)
    {
        var id = LeaseCommand.LeaseIdArgument("Lease id, or prefix with -prefix.");
        var prefix = new Option<bool>("-prefix", "--prefix") { Description = "Treat ID as a prefix: revoke every lease under it." };
        var force = new Option<bool>("-force", "--force", "-f") { Description = "Forget leases even when the engine fails to revoke them (needs -prefix)." };
        var sync = new Option<bool>("-sync", "--sync") { Description = "Accepted for compatibility: revocation is always done before the answer." };
        var command = new Command("revoke", "Revoke a lease, or every lease under a prefix.") { id, prefix, force, sync };
        command.Validators.Add(result =>
        {
            if (result.GetValue(force) && !result.GetValue(prefix))
            {
                result.AddError("Specifying -force requires also specifying -prefix");
            }
        });
        command.SetAction((parse, cancellationToken) => TokenCommand.CallAsync(parse, context, async (client, output) =>
        {
            var value = parse.GetValue(id)!;
            if (parse.GetValue(force))
            {
                parse.InvocationConfiguration.Error.WriteLine("Warning! Force-removing leases can cause the platform to become out of sync with secret engines!");
                await client.PutAsync("sys/leases/revoke-force/" + value, null, cancellationToken);
                output.WriteLine($"Success! Force revoked any leases with prefix: {value}");
            }
            else if (parse.GetValue(prefix))
            {
                await client.PutAsync("sys/leases/revoke-prefix/" + value, null, cancellationToken);
                output.WriteLine($"Success! Revoked any leases with prefix: {value}");
            }
            else
            {
                await client.PutAsync("sys/leases/revoke", new { lease_id = value }, cancellationToken);
                output.WriteLine($"Success! Revoked lease: {value}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
