using System.CommandLine;
using Platform.Host.Cli.Api;

namespace Platform.Host.Cli.Secrets;

/// <summary>
/// <c>platform secrets enable [-path=P] [-description=D] [-default-lease-ttl=D] [-max-lease-ttl=D] [-local]
/// [-seal-wrap] [-options=K=V…] [-version=N] TYPE</c>, as <c>vault secrets enable</c>: mounted at its type unless
/// <c>-path</c> says otherwise; <c>-version</c> is the shorthand for <c>-options=version=N</c>.
/// </summary>
internal static class SecretsEnableCommand
{
    public static Command Create(CliContext context)
    {
        var type = new Argument<string>("TYPE") { Description = "Engine type: kv (or kv-v2)." };
        var path = new Option<string?>("-path", "--path") { Description = "Where to enable the engine (default: its type)." };
        var description = new Option<string?>("-description", "--description") { Description = "Human-friendly description." };
        var defaultTtl = new Option<string?>("-default-lease-ttl", "--default-lease-ttl") { Description = "Default lease TTL (e.g. 1h)." };
        var maxTtl = new Option<string?>("-max-lease-ttl", "--max-lease-ttl") { Description = "Maximum lease TTL." };
        var local = new Option<bool>("-local", "--local") { Description = "Keep the engine on this cluster only." };
        var sealWrap = new Option<bool>("-seal-wrap", "--seal-wrap") { Description = "Seal-wrap critical values." };
        var version = new Option<int?>("-version", "--version") { Description = "KV version (1 or 2)." };
        var options = SecretsOptions.Create();
        var command = new Command("enable", "Enable a secrets engine.") { type, path, description, defaultTtl, maxTtl, local, sealWrap, version, options };
        command.Validators.Add(result => SecretsOptions.Validate(result, options));
        command.SetAction(async (parse, cancellationToken) =>
        {
            var engine = parse.GetValue(type)!;
            var mount = (parse.GetValue(path) ?? engine).Trim('/');
            var optionMap = SecretsOptions.Parse(parse.GetValue(options));
            if (parse.GetValue(version) is { } kvVersion)
            {
                optionMap["version"] = kvVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

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
                await client.SendAsync(HttpMethod.Post, "sys/mounts/" + mount, new Dictionary<string, object?>
                {
                    ["type"] = engine,
                    ["description"] = parse.GetValue(description) ?? "",
                    ["config"] = config,
                    ["options"] = optionMap,
                    ["local"] = parse.GetValue(local),
                    ["seal_wrap"] = parse.GetValue(sealWrap),
                }, cancellationToken);
                parse.InvocationConfiguration.Output.WriteLine($"Success! Enabled the {engine} secrets engine at: {mount}/");
                return ExitCodes.Success;
            }
            catch (ApiException exception)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Error enabling: {exception.Message}");
                return ExitCodes.Error;
            }
        });
        return command;
    }
}
