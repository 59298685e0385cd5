using System.CommandLine;
using System.Text.Json.Nodes;
using Platform.Host.Cli.Api;
using Platform.Host.Cli.Output;
using Platform.Host.Cli.Paths;

namespace Platform.Host.Cli.Kv;

/// <summary>
/// <c>platform kv put|get|list|delete|undelete|destroy|patch|metadata</c>, shaped like <c>vault kv …</c>: the path
/// as <c>MOUNT/PATH</c> or <c>-mount=MOUNT PATH</c>, the engine version found by asking the server, Vault's
/// sections (<c>== Secret Path ==</c>, <c>=== Metadata ===</c>, <c>=== Data ===</c>), <c>-field</c> and
/// <c>-format=json</c>.
/// </summary>
internal static class KvCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("kv", "Read and write secrets in KV (version 1 and 2) mounts.");
        command.Subcommands.Add(KvWriteCommands.Put(context));
        command.Subcommands.Add(KvWriteCommands.Patch(context));
        command.Subcommands.Add(KvReadCommands.Get(context));
        command.Subcommands.Add(KvReadCommands.List(context));
        command.Subcommands.Add(KvVersionCommands.Delete(context));
        command.Subcommands.Add(KvVersionCommands.Undelete(context));
        command.Subcommands.Add(KvVersionCommands.Destroy(context));
        command.Subcommands.Add(KvMetadataCommand.Create(context));
        return command;
    }

    public static Argument<string> PathArgument() => new("path") { Description = "MOUNT/PATH, or PATH with -mount." };

    public static Option<string?> MountOption() => new("-mount", "--mount") { Description = "The KV mount; the path argument is then inside it." };

    public static Option<string?> VersionsOption() => new("-versions", "--versions") { Description = "Comma-separated version numbers." };

    /// <summary>Resolves the path's mount, then runs <paramref name="call"/> with <see cref="PathCall"/>'s error shapes.</summary>
    public static Task<int> RunAsync(
        ParseResult parse, CliContext context, string verb, Argument<string> path, Option<string?> mount,
        Func<PlatformApiClient, KvTarget, Task<int>> call, CancellationToken cancellationToken) =>
        PathCall.RunAsync(parse, context, verb, parse.GetValue(path)!, async client =>
        {
            KvTarget target;
            try
            {
                target = await KvTarget.ResolveAsync(client, parse.GetValue(path)!, parse.GetValue(mount), cancellationToken);
            }
            catch (KvPreflightException exception)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(exception.Message);
                return ExitCodes.Usage;
            }

            return await call(client, target);
        });

    /// <summary><c>-versions=1,2</c> as Vault sends it (a JSON array of numbers); a bad number is a usage error.</summary>
    public static JsonArray ParseVersions(string? text)
    {
        var versions = new JsonArray();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            versions.Add(int.TryParse(part, out var number) && number > 0 ? number : throw new FormatException($"invalid version \"{part}\""));
        }

        return versions;
    }

    /// <summary>Vault's titled section: <c>== Secret Path ==</c> over a path, <c>== Metadata ==</c> over a table.</summary>
    public static void Section(TextWriter output, string title, IReadOnlyList<(string Key, string Value)> rows)
    {
        output.WriteLine(SecretOutput.Title(title, SecretOutput.TableWidth(rows)));
        CliOutput.Table(output, rows);
    }

    public static void PathSection(TextWriter output, string title, string path)
    {
        output.WriteLine(SecretOutput.Title(title, path.Length));
        output.WriteLine(path);
    }
}
