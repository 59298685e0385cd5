using System.CommandLine;
using System.Text.Json.Nodes;

namespace Platform.Host.Cli.Kv;

/// <summary><c>kv delete</c> (soft, latest or <c>-versions</c>), <c>kv undelete</c> and <c>kv destroy</c>.</summary>
internal static class KvVersionCommands
{
    public static Command Delete(CliContext context)
    {
        var (path, mount, versions) = Options();
        var command = new Command("delete", "Delete a secret (KV v2: soft-delete the latest version, or -versions).") { path, mount, versions };
        command.SetAction((parse, ct) => KvCommand.RunAsync(parse, context, "deleting", path, mount, async (client, target) =>
        {
            string apiPath;
            if (target.IsV2 && parse.GetValue(versions) is { Length: > 0 } list)
            {
                apiPath = target.Api("delete");
                await client.PutAsync(apiPath, new JsonObject { ["versions"] = KvCommand.ParseVersions(list) }.ToJsonString(), ct);
            }
            else
            {
                apiPath = target.Api("data");
                await client.DeleteAsync(apiPath, ct);
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"Success! Data deleted (if it existed) at: {apiPath}");
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    public static Command Undelete(CliContext context) => VersionsWrite(context, "undelete", "Restore soft-deleted versions of a KV v2 secret.");

    public static Command Destroy(CliContext context) => VersionsWrite(context, "destroy", "Remove the data of versions of a KV v2 secret for good.");

    private static Command VersionsWrite(CliContext context, string section, string description)
    {
        var (path, mount, versions) = Options();
        var command = new Command(section, description) { path, mount, versions };
        command.SetAction((parse, ct) => KvCommand.RunAsync(parse, context, "writing", path, mount, async (client, target) =>
        {
            if (!target.IsV2)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"{section} is not supported on KV version 1 mounts");
                return ExitCodes.Usage;
            }

            var list = KvCommand.ParseVersions(parse.GetValue(versions));
            if (list.Count == 0)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("No versions provided, use the \"-versions\" flag to specify the version to " + section + ".");
                return ExitCodes.Usage;
            }

            var apiPath = target.Api(section);
            await client.PutAsync(apiPath, new JsonObject { ["versions"] = list }.ToJsonString(), ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Success! Data written to: {apiPath}");
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static (Argument<string> Path, Option<string?> Mount, Option<string?> Versions) Options() =>
        (KvCommand.PathArgument(), KvCommand.MountOption(), KvCommand.VersionsOption());
}
