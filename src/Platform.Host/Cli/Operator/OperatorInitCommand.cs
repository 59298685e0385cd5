using System.CommandLine;
using Platform.Host.Cli.Api;
using System.Text.Json.Nodes;
using Platform.Host.Cli.Output;

namespace Platform.Host.Cli.Operator;

/// <summary>
/// <c>platform operator init [-key-shares=5] [-key-threshold=3]</c>: splits the unseal key and prints the shares and
/// the initial root token once, as <c>vault operator init</c> does (they are never stored in plaintext, so this is
/// the only time anyone sees them). <c>-status</c> only asks: exit 0 when initialised, 2 when not.
/// </summary>
internal static class OperatorInitCommand
{
    public static Command Create(CliContext context)
    {
        var shares = new Option<int>("-key-shares", "--key-shares") { Description = "Number of unseal key shares to split the key into.", DefaultValueFactory = _ => 5 };
        var threshold = new Option<int>("-key-threshold", "--key-threshold") { Description = "Number of shares needed to unseal.", DefaultValueFactory = _ => 3 };
        var statusOnly = new Option<bool>("-status", "--status") { Description = "Only report whether the server is initialised (exit 0 yes, 2 no)." };
        var format = CliOutput.FormatOption();
        var command = new Command("init", "Initialise the server: create the unseal key shares and the root token.") { shares, threshold, statusOnly, format };
        ApiCommandAction.Set(command, context, "initializing", async (parse, client, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(statusOnly))
            {
                var initialized = (await client.GetAsync("sys/init", ct))?["initialized"]?.GetValue<bool>() == true;
                output.WriteLine(initialized ? "Vault is initialized" : "Vault is not initialized");
                return initialized ? ExitCodes.Success : ExitCodes.Usage;
            }

            var n = parse.GetValue(shares);
            var t = parse.GetValue(threshold);
            var response = await client.PutAsync("sys/init", new Dictionary<string, int> { ["secret_shares"] = n, ["secret_threshold"] = t }, ct);
            var keysBase64 = Strings(response?["keys_base64"]);
            var rootToken = response?["root_token"]?.GetValue<string>() ?? "";
            if (parse.GetValue(format) == "json")
            {
                CliOutput.Json(output, new JsonObject
                {
                    ["unseal_keys_b64"] = new JsonArray([.. keysBase64.Select(k => (JsonNode?)k)]),
                    ["unseal_keys_hex"] = new JsonArray([.. Strings(response?["keys"]).Select(k => (JsonNode?)k)]),
                    ["unseal_shares"] = n,
                    ["unseal_threshold"] = t,
                    ["recovery_keys_b64"] = new JsonArray(),
                    ["recovery_keys_hex"] = new JsonArray(),
                    ["recovery_keys_shares"] = 0,
                    ["recovery_keys_threshold"] = 0,
                    ["root_token"] = rootToken,
                });
                return ExitCodes.Success;
            }

            for (var i = 0; i < keysBase64.Count; i++)
            {
                output.WriteLine($"Unseal Key {i + 1}: {keysBase64[i]}");
            }

            output.WriteLine();
            output.WriteLine($"Initial Root Token: {rootToken}");
            output.WriteLine();
            output.WriteLine($"""
                Platform initialized with {n} key shares and a key threshold of {t}. Please securely
                distribute the key shares printed above. When the server is re-sealed, restarted, or stopped,
                you must supply at least {t} of these keys to unseal it before it can start servicing requests.

                Platform does not store the generated unseal key. Without at least {t} keys to reconstruct it,
                the server will remain permanently sealed!
                """);
            return ExitCodes.Success;
        });
        return command;
    }

    private static List<string> Strings(JsonNode? array) =>
        array is JsonArray items ? [.. items.Select(k => k?.GetValue<string>() ?? "")] : [];
}
