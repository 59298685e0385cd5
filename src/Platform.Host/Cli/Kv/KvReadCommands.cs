using System.CommandLine;
using System.Text.Json.Nodes;
using Platform.Host.Cli.Output;
using Platform.Host.Cli.Paths;
using Platform.Host.Cli.Token;

namespace Platform.Host.Cli.Kv;

/// <summary><c>kv get</c> (one version, with its metadata on v2) and <c>kv list</c>.</summary>
internal static class KvReadCommands
{
    public static Command Get(CliContext context)
    {
        var path = KvCommand.PathArgument();
        var mount = KvCommand.MountOption();
        var version = new Option<int?>("-version", "--version") { Description = "The version to read (KV v2); the latest when absent." };
        var field = TokenCommand.FieldOption();
        var format = CliOutput.FormatOption();
        var command = new Command("get", "Read a secret.") { path, mount, version, field, format };
        command.SetAction((parse, ct) => KvCommand.RunAsync(parse, context, "reading", path, mount, async (client, target) =>
        {
            var apiPath = target.Api("data");
            var query = target.IsV2 && parse.GetValue(version) is { } number ? $"?version={number}" : "";
            JsonNode? response;
            try
            {
                response = await client.GetAsync(apiPath + query, ct);
            }
            catch (Api.ApiException exception) when (exception.StatusCode == 404)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"No value found at {apiPath}");
                return ExitCodes.Usage;
            }

            var data = target.IsV2 ? response?["data"]?["data"] as JsonObject : response?["data"] as JsonObject;
            var dataRows = SecretOutput.DataRows(data).ToList();
            if (parse.GetValue(field) is { Length: > 0 } name)
            {
                return SecretOutput.PrintField(parse, dataRows, name);
            }

            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                CliOutput.Json(output, response);
                return ExitCodes.Success;
            }

            if (target.IsV2)
            {
                KvCommand.PathSection(output, "Secret Path", apiPath);
                output.WriteLine();
                KvCommand.Section(output, "Metadata", SecretOutput.DataRows(response?["data"]?["metadata"] as JsonObject).ToList());
                if (data is null)
                {
                    return ExitCodes.Success;
                }

                output.WriteLine();
            }
            else
            {
                // KV v1 reports an unleased TTL as the refresh interval, before the data.
                dataRows = SecretOutput.Rows(response).ToList();
            }

            KvCommand.Section(output, "Data", dataRows);
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    public static Command List(CliContext context)
    {
        var path = KvCommand.PathArgument();
        var mount = KvCommand.MountOption();
        var format = CliOutput.FormatOption();
        var command = new Command("list", "List the keys under a KV path.") { path, mount, format };
        command.SetAction((parse, ct) => KvCommand.RunAsync(parse, context, "listing", path, mount, async (client, target) =>
        {
            var apiPath = target.Api("metadata").TrimEnd('/') + "/";
            try
            {
                return ListCommand.PrintKeys(parse, await client.ListAsync(apiPath, ct), apiPath, parse.GetValue(format)!);
            }
            catch (Api.ApiException exception) when (exception.StatusCode == 404)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"No value found at {apiPath}");
                return ExitCodes.Usage;
            }
        }, ct));
        return command;
    }
}
