using System.CommandLine;
using Platform.Host.Cli.Api;

namespace Platform.Host.Cli.Auth;

/// <summary>
/// <c>platform auth enable [-path=P] [-description=D] [-default-lease-ttl=D] [-max-lease-ttl=D] [-local] TYPE</c>,
/// as <c>vault auth enable</c>: the method is mounted at its type unless <c>-path</c> says otherwise.
/// </summary>
internal static class AuthEnableCommand
{
    public static Command Create(CliContext context)
    {
        var type = new Argument<string>("TYPE") { Description = "Auth method type: userpass or ldap." };
        var path = new Option<string?>("-path", "--path") { Description = "Where to enable the method (default: its type)." };
        var description = new Option<string?>("-description", "--description") { Description = "Human-friendly description." };
        var defaultTtl = new Option<string?>("-default-lease-ttl", "--default-lease-ttl") { Description = "Default TTL of the method's tokens (e.g. 1h)." };
        var maxTtl = new Option<string?>("-max-lease-ttl", "--max-lease-ttl") { Description = "Maximum TTL of the method's tokens." };
        var local = new Option<bool>("-local", "--local") { Description = "Keep the method on this cluster only." };
        var command = new Command("enable", "Enable an auth method.") { type, path, description, defaultTtl, maxTtl, local };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var methodType = parse.GetValue(type)!;
            var mount = (parse.GetValue(path) ?? methodType).Trim('/');
            var config = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (parse.GetValue(defaultTtl) is { Length: > 0 } ttl)
            {
                config["default_lease_ttl"] = ttl;
            }

            if (parse.GetValue(maxTtl) is { Length: > 0 } max)
            {
                config["max_lease_ttl"] = max;
            }

            try
            {
                using var client = context.CreateClient();
                await client.SendAsync(HttpMethod.Post, "sys/auth/" + mount, new Dictionary<string, object?>
                {
                    ["type"] = methodType,
                    ["description"] = parse.GetValue(description) ?? "",
                    ["local"] = parse.GetValue(local),
                    ["config"] = config,
                }, cancellationToken);
                parse.InvocationConfiguration.Output.WriteLine($"Success! Enabled {methodType} auth method at: {mount}/");
                return ExitCodes.Success;
            }
            catch (ApiException exception)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Error enabling {methodType} auth: {exception.Message}");
                return ExitCodes.Error;
            }
        });
        return command;
    }
}
