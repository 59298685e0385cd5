using System.CommandLine;
using Platform.Host.Cli.Api;

namespace Platform.Host.Cli.Secrets;

/// <summary>
/// <c>platform secrets tune [-default-lease-ttl=D] [-max-lease-ttl=D] [-description=D] [-options=K=V…] PATH</c>, as
/// <c>vault secrets tune</c>: only the flags given change.
/// </summary>
internal static class SecretsTuneCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("PATH") { Description = "Path of the engine to tune, e.g. kv/." };
        var defaultTtl = new Option<string?>("-default-lease-ttl", "--default-lease-ttl") { Description = "Default lease TTL (e.g. 1h)." };
        var maxTtl = new Option<string?>("-max-lease-ttl", "--max-lease-ttl") { Description = "Maximum lease TTL." };
        var description = new Option<string?>("-description", "--description") { Description = "New description." };
        var options = SecretsOptions.Create();
        var command = new Command("tune", "Tune a secrets engine's configuration.") { path, defaultTtl, maxTtl, description, options };
        command.Validators.Add(result => SecretsOptions.Validate(result, options));
        command.SetAction(async (parse, cancellationToken) =>
        {
            var mount = parse.GetValue(path)!.Trim('/');
            var body = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (parse.GetValue(defaultTtl) is { Length: > 0 } ttl)
            {
                body["default_lease_ttl"] = ttl;
            }

            if (parse.GetValue(maxTtl) is { Length: > 0 } max)
            {
                body["max_lease_ttl"] = max;
            }

            if (parse.GetValue(description) is { } text)
            {
                body["description"] = text;
            }

            if (parse.GetValue(options) is { Length: > 0 } pairs)
            {
                body["options"] = SecretsOptions.Parse(pairs);
            }

            try
            {
                using var client = context.CreateClient();
                await client.SendAsync(HttpMethod.Post, $"sys/mounts/{mount}/tune", body, cancellationToken);
                parse.InvocationConfiguration.Output.WriteLine($"Success! Tuned the secrets engine at: {mount}/");
                return ExitCodes.Success;
            }
            catch (ApiException exception)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Error tuning secrets engine {mount}/: {exception.Message}");
                return ExitCodes.Error;
            }
        });
        return command;
    }
}
