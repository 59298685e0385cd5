using System.CommandLine;
using System.Text.Json.Nodes;
using Platform.Host.Cli.Output;
using Platform.Host.Cli.Paths;
using Platform.Kernel.Http;

namespace Platform.Host.Cli.Kv;

/// <summary><c>kv metadata get|put|patch|delete</c>: a KV v2 secret's settings and version history.</summary>
internal static class KvMetadataCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("metadata", "Read and change a KV v2 secret's metadata.");
        command.Subcommands.Add(Get(context));
        command.Subcommands.Add(Put(context));
        command.Subcommands.Add(Patch(context));
        command.Subcommands.Add(Delete(context));
        return command;
    }

    private static Command Get(CliContext context)
    {
        var path = KvCommand.PathArgument();
        var mount = KvCommand.MountOption();
        var format = CliOutput.FormatOption();
        var command = new Command("get", "Read a secret's metadata and versions.") { path, mount, format };
        command.SetAction((parse, ct) => KvCommand.RunAsync(parse, context, "reading", path, mount, async (client, target) =>
        {
            if (!await RequireV2Async(parse, target))
            {
                return ExitCodes.Usage;
            }

            var apiPath = target.Api("metadata");
            JsonNode? response;
            try
            {
                response = await client.GetAsync(apiPath, ct);
            }
            catch (Api.ApiException exception) when (exception.StatusCode == 404)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"No value found at {apiPath}");
                return ExitCodes.Usage;
            }

            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                CliOutput.Json(output, response);
                return ExitCodes.Success;
            }

            var metadata = response?["data"] as JsonObject ?? [];
            KvCommand.PathSection(output, "Metadata Path", apiPath);
            output.WriteLine();
            KvCommand.Section(output, "Metadata", SecretOutput.DataRows(metadata).Where(r => r.Key != "versions").ToList());
            if (metadata["versions"] is JsonObject versions)
            {
                foreach (var (number, version) in versions.OrderBy(v => int.TryParse(v.Key, out var n) ? n : int.MaxValue))
                {
                    output.WriteLine();
                    KvCommand.Section(output, $"Version {number}", SecretOutput.DataRows(version as JsonObject).ToList());
                }
            }

            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command Put(CliContext context)
    {
        var path = KvCommand.PathArgument();
        var mount = KvCommand.MountOption();
        var maxVersions = new Option<int?>("-max-versions", "--max-versions") { Description = "Versions to keep (0: the mount's setting)." };
        var casRequired = new Option<bool?>("-cas-required", "--cas-required") { Description = "Require check-and-set on every write." };
        var deleteAfter = new Option<string?>("-delete-version-after", "--delete-version-after") { Description = "Soft-delete versions this long after they are written (Go duration, 0s: never)." };
        var custom = new Option<string[]>("-custom-metadata", "--custom-metadata") { Description = "key=value, repeatable.", AllowMultipleArgumentsPerToken = false };
        var command = new Command("put", "Change a secret's metadata settings.") { path, mount, maxVersions, casRequired, deleteAfter, custom };
        command.SetAction((parse, ct) => KvCommand.RunAsync(parse, context, "writing", path, mount, async (client, target) =>
        {
            if (!await RequireV2Async(parse, target))
            {
                return ExitCodes.Usage;
            }

            var body = new JsonObject();
            if (parse.GetValue(maxVersions) is { } max)
            {
                body["max_versions"] = max;
            }

            if (parse.GetValue(casRequired) is { } required)
            {
                body["cas_required"] = required;
            }

            if (parse.GetValue(deleteAfter) is { Length: > 0 } after)
            {
                body["delete_version_after"] = VaultDuration.TryParse(after, out _, out var error) ? after : throw new FormatException(error);
            }

            if (parse.GetValue(custom) is { Length: > 0 } pairs)
            {
                body["custom_metadata"] = KeyValueArguments.Parse(pairs, context.Input);
            }

            var apiPath = target.Api("metadata");
            await client.PutAsync(apiPath, body.ToJsonString(), ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Success! Data written to: {apiPath}");
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    /// <summary>
    /// <c>vault kv metadata patch</c>: a JSON merge patch of the fields given; <c>-remove-custom-metadata</c> sends a
    /// null for its key. Like Vault's CLI it always sends <c>custom_metadata</c> (an empty map merges nothing).
    /// </summary>
    private static Command Patch(CliContext context)
    {
        var path = KvCommand.PathArgument();
        var mount = KvCommand.MountOption();
        var maxVersions = new Option<int?>("-max-versions", "--max-versions") { Description = "Versions to keep (0: the mount's setting)." };
        var casRequired = new Option<bool?>("-cas-required", "--cas-required") { Description = "Require check-and-set on every write." };
        var deleteAfter = new Option<string?>("-delete-version-after", "--delete-version-after") { Description = "Soft-delete versions this long after they are written (Go duration, 0s: never)." };
        var custom = new Option<string[]>("-custom-metadata", "--custom-metadata") { Description = "key=value to set, repeatable.", AllowMultipleArgumentsPerToken = false };
        var remove = new Option<string[]>("-remove-custom-metadata", "--remove-custom-metadata") { Description = "Key to remove from custom metadata, repeatable.", AllowMultipleArgumentsPerToken = false };
        var command = new Command("patch", "Change some of a secret's metadata settings, keeping the others.") { path, mount, maxVersions, casRequired, deleteAfter, custom, remove };
        command.SetAction((parse, ct) => KvCommand.RunAsync(parse, context, "writing", path, mount, async (client, target) =>
        {
            if (!await RequireV2Async(parse, target))
            {
                return ExitCodes.Usage;
            }

            var body = new JsonObject();
            if (parse.GetValue(maxVersions) is { } max and >= 0)
            {
                body["max_versions"] = max;
            }

            if (parse.GetValue(casRequired) is { } required)
            {
                body["cas_required"] = required;
            }

            if (parse.GetValue(deleteAfter) is { Length: > 0 } after)
            {
                body["delete_version_after"] = VaultDuration.TryParse(after, out _, out var error) ? after : throw new FormatException(error);
            }

            var customMetadata = parse.GetValue(custom) is { Length: > 0 } pairs ? KeyValueArguments.Parse(pairs, context.Input) : [];
            foreach (var key in parse.GetValue(remove) ?? [])
            {
                customMetadata[key] = null;
            }

            body["custom_metadata"] = customMetadata;
            var apiPath = target.Api("metadata");
            await client.PatchAsync(apiPath, body.ToJsonString(), ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Success! Data written to: {apiPath}");
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command Delete(CliContext context)
    {
        var path = KvCommand.PathArgument();
        var mount = KvCommand.MountOption();
        var command = new Command("delete", "Delete a secret's metadata and every version.") { path, mount };
        command.SetAction((parse, ct) => KvCommand.RunAsync(parse, context, "deleting", path, mount, async (client, target) =>
        {
            if (!await RequireV2Async(parse, target))
            {
                return ExitCodes.Usage;
            }

            var apiPath = target.Api("metadata");
            await client.DeleteAsync(apiPath, ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Success! Data deleted (if it existed) at: {apiPath}");
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static async Task<bool> RequireV2Async(ParseResult parse, KvTarget target)
    {
        if (target.IsV2)
        {
            return true;
        }

        await parse.InvocationConfiguration.Error.WriteLineAsync("Metadata not supported on KV Version 1");
        return false;
    }
}
