using System.CommandLine;
using System.Text.Json.Nodes;
using Platform.Host.Cli.Api;
using Platform.Host.Cli.Output;
using Platform.Host.Cli.Paths;
using Platform.Host.Cli.Token;

namespace Platform.Host.Cli.Kv;

/// <summary><c>kv put</c> and <c>kv patch</c>: write a secret (v2: a new version, optionally check-and-set).</summary>
internal static class KvWriteCommands
{
    public static Command Put(CliContext context)
    {
        var (path, pairs, mount, cas, field, format) = Options();
        var command = new Command("put", "Write a secret (a new version on KV v2).") { path, pairs, mount, cas, field, format };
        command.SetAction((parse, ct) => KvCommand.RunAsync(parse, context, "writing", path, mount, async (client, target) =>
        {
            var data = KeyValueArguments.Parse(parse.GetValue(pairs) ?? [], context.Input);
            if (data.Count == 0)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("Must supply data");
                return ExitCodes.Usage;
            }

            if (!target.IsV2)
            {
                await client.PutAsync(target.Api("data"), data.ToJsonString(), ct);
                await parse.InvocationConfiguration.Output.WriteLineAsync($"Success! Data written to: {target.Api("data")}");
                return ExitCodes.Success;
            }

            var response = await client.PutAsync(target.Api("data"), Body(data, parse.GetValue(cas)).ToJsonString(), ct);
            return PrintVersion(parse, target, response, parse.GetValue(format)!, parse.GetValue(field));
        }, ct));
        return command;
    }

    public static Command Patch(CliContext context)
    {
        var (path, pairs, mount, cas, field, format) = Options();
        var method = new Option<string>("-method", "--method") { Description = "patch (a JSON merge patch, the default) or rw (read, then write with check-and-set).", DefaultValueFactory = _ => "patch" };
        var command = new Command("patch", "Change some keys of a KV v2 secret, keeping the others.") { path, pairs, mount, cas, method, field, format };
        command.SetAction((parse, ct) => KvCommand.RunAsync(parse, context, "writing", path, mount, async (client, target) =>
        {
            if (!target.IsV2)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("K/V engine mount must be version 2 for patch support");
                return ExitCodes.Usage;
            }

            var changes = KeyValueArguments.Parse(parse.GetValue(pairs) ?? [], context.Input);
            if (changes.Count == 0)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("Must supply data");
                return ExitCodes.Usage;
            }

            JsonNode? response;
            if (parse.GetValue(method) == "rw")
            {
                var current = await client.GetAsync(target.Api("data"), ct);
                var merged = current?["data"]?["data"] as JsonObject is { } existing ? (JsonObject)existing.DeepClone() : [];
                foreach (var (key, value) in changes)
                {
                    merged[key] = value?.DeepClone();
                }

                var version = current?["data"]?["metadata"]?["version"]?.GetValue<int>() ?? 0;
                response = await client.PutAsync(target.Api("data"), Body(merged, parse.GetValue(cas) ?? version).ToJsonString(), ct);
            }
            else
            {
                response = await client.PatchAsync(target.Api("data"), Body(changes, parse.GetValue(cas)).ToJsonString(), ct);
            }

            return PrintVersion(parse, target, response, parse.GetValue(format)!, parse.GetValue(field));
        }, ct));
        return command;
    }

    private static (Argument<string> Path, Argument<string[]> Pairs, Option<string?> Mount, Option<int?> Cas, Option<string?> Field, Option<string> Format) Options() =>
    (
        KvCommand.PathArgument(),
        new Argument<string[]>("data") { Description = "key=value pairs (value @FILE or - for stdin), or - for a JSON object on stdin.", Arity = ArgumentArity.ZeroOrMore },
        KvCommand.MountOption(),
        new Option<int?>("-cas", "--cas") { Description = "Check-and-set: 0 writes only if the secret does not exist, N only if the current version is N." },
        TokenCommand.FieldOption(),
        CliOutput.FormatOption()
    );

    private static JsonObject Body(JsonObject data, int? cas)
    {
        var body = new JsonObject { ["data"] = data.DeepClone() };
        if (cas is { } value)
        {
            body["options"] = new JsonObject { ["cas"] = value };
        }

        return body;
    }

    /// <summary>A v2 write's answer: the path and the new version's metadata.</summary>
    private static int PrintVersion(ParseResult parse, KvTarget target, JsonNode? response, string format, string? field)
    {
        var rows = SecretOutput.DataRows(response?["data"] as JsonObject).ToList();
        if (field is { Length: > 0 })
        {
            return SecretOutput.PrintField(parse, rows, field);
        }

        var output = parse.InvocationConfiguration.Output;
        if (format == "json")
        {
            CliOutput.Json(output, response);
            return ExitCodes.Success;
        }

        KvCommand.PathSection(output, "Secret Path", target.Api("data"));
        output.WriteLine();
        KvCommand.Section(output, "Metadata", rows);
        return ExitCodes.Success;
    }
}
