using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Auth;
using Platform.Kernel.Http;
using Platform.Secrets.Contracts.Mounts;

namespace Platform.Secrets.Api;

/// <summary>
/// Vault's mount tables: <c>sys/mounts</c> (secrets engines), <c>sys/auth</c> (auth methods), <c>sys/remount</c>,
/// and the <c>sys/internal/ui/mounts</c> routes the vault CLI asks to learn a path's mount and KV version. As in
/// Vault, <c>…/PATH/tune</c> shares the <c>…/PATH</c> route and is told apart by its last segment.
/// </summary>
internal static class SysMountEndpoints
{
    private const string TuneSuffix = "/tune";

    public static void MapSysMountApi(this RouteGroupBuilder v1)
    {
        MapTable(v1, "sys/mounts", auth: false);
        MapTable(v1, "sys/auth", auth: true);

        v1.MapMethods("sys/remount", VaultVerbs.Write, async (HttpRequest http, IMediator mediator, CallContext context, CancellationToken ct) =>
        {
            var body = await VaultBody.ReadAsync<RemountBody>(http, ct);
            var status = await mediator.Send(new RemountCommand(body.From ?? "", body.To ?? ""), ct);
            return VaultResults.Data(context, new Dictionary<string, object?> { ["migration_id"] = status.MigrationId });
        });

        v1.MapGet("sys/remount/status/{id}", async (string id, IMediator mediator, CallContext context, CancellationToken ct) =>
        {
            var status = await mediator.Send(new RemountStatusQuery(id), ct);
            return VaultResults.Data(context, new Dictionary<string, object?>
            {
                ["migration_id"] = status.MigrationId,
                ["migration_info"] = new Dictionary<string, object?>
                {
                    ["source_mount"] = status.SourceMount,
                    ["target_mount"] = status.TargetMount,
                    ["status"] = status.Status,
                },
            });
        });

        v1.MapGet("sys/internal/ui/mounts", async (IMediator mediator, CallContext context, CancellationToken ct) =>
        {
            var mounts = await mediator.Send(new InternalUiMountsQuery(), ct);
            return VaultResults.Data(context, new Dictionary<string, object?> { ["auth"] = mounts.Auth, ["secret"] = mounts.Secret });
        });

        v1.MapGet("sys/internal/ui/mounts/{**path}", async (string path, IMediator mediator, CallContext context, CancellationToken ct) =>
        {
            var found = await mediator.Send(new InternalUiMountQuery(path), ct);
            var data = JsonSerializer.SerializeToNode(found.Mount, VaultJson.Options)!.AsObject();
            data["path"] = found.Path;
            return VaultResults.Data(context, data);
        });
    }

    private static void MapTable(RouteGroupBuilder v1, string root, bool auth)
    {
        v1.MapGet(root, async (IMediator mediator, CallContext context, CancellationToken ct) =>
        {
            var mounts = await mediator.Send(new ListMountsQuery(auth), ct);
            return VaultResults.Raw(SysResponseBody.WithTopLevelData(context, mounts.ToDictionary(m => m.Key, m => (object?)m.Value, StringComparer.Ordinal)));
        });

        v1.MapGet(root + "/{**path}", async (string path, IMediator mediator, CallContext context, CancellationToken ct) =>
        {
            if (IsTune(path, out var mount))
            {
                return VaultResults.Data(context, await mediator.Send(new ReadMountTuneQuery(auth, mount), ct));
            }

            return VaultResults.Data(context, await mediator.Send(new ReadMountQuery(auth, path), ct));
        });

        v1.MapMethods(root + "/{**path}", VaultVerbs.Write, async (string path, HttpRequest http, IMediator mediator, CancellationToken ct) =>
        {
            if (IsTune(path, out var mount))
            {
                var tune = await VaultBody.ReadAsync<TuneBody>(http, ct);
                await mediator.Send(new TuneMountCommand(auth, mount, new MountTuning(
                    tune.DefaultLeaseTtl, tune.MaxLeaseTtl, tune.Description, OptionStrings(tune.Options))), ct);
                return VaultResults.NoContent();
            }

            var body = await VaultBody.ReadAsync<EnableBody>(http, ct);
            await mediator.Send(new EnableMountCommand(auth, path, new MountSettings(
                body.Type ?? "",
                body.PluginName ?? body.Config?.PluginName,
                body.Description ?? "",
                body.Config?.DefaultLeaseTtl ?? TimeSpan.Zero,
                body.Config?.MaxLeaseTtl ?? TimeSpan.Zero,
                OptionStrings(body.Options),
                body.Local ?? false,
                body.SealWrap ?? false)), ct);
            return VaultResults.NoContent();
        });

        v1.MapDelete(root + "/{**path}", async (string path, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new DisableMountCommand(auth, path), ct);
            return VaultResults.NoContent();
        });
    }

    private static bool IsTune(string path, out string mount)
    {
        var trimmed = path.TrimEnd('/');
        if (trimmed.EndsWith(TuneSuffix, StringComparison.Ordinal) && trimmed.Length > TuneSuffix.Length)
        {
            mount = trimmed[..^TuneSuffix.Length];
            return true;
        }

        mount = path;
        return false;
    }

    /// <summary>Options arrive as strings, booleans or numbers (hvac sends <c>{"version": 2}</c>); mounts keep strings.</summary>
    private static Dictionary<string, string>? OptionStrings(Dictionary<string, JsonElement>? options) =>
        options?.Where(p => p.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            .ToDictionary(
                p => p.Key,
                p => p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString()!,
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => p.Value.GetRawText(),
                },
                StringComparer.Ordinal);

    private sealed class EnableBody
    {
        public string? Type { get; set; }

        public string? Description { get; set; }

        public ConfigBody? Config { get; set; }

        public Dictionary<string, JsonElement>? Options { get; set; }

        public bool? Local { get; set; }

        public bool? SealWrap { get; set; }

        public string? PluginName { get; set; }
    }

    private sealed class ConfigBody
    {
        [JsonConverter(typeof(VaultDurationJsonConverter))]
        public TimeSpan? DefaultLeaseTtl { get; set; }

        [JsonConverter(typeof(VaultDurationJsonConverter))]
        public TimeSpan? MaxLeaseTtl { get; set; }

        public string? PluginName { get; set; }
    }

    private sealed class TuneBody
    {
        [JsonConverter(typeof(VaultDurationJsonConverter))]
        public TimeSpan? DefaultLeaseTtl { get; set; }

        [JsonConverter(typeof(VaultDurationJsonConverter))]
        public TimeSpan? MaxLeaseTtl { get; set; }

        public string? Description { get; set; }

        public Dictionary<string, JsonElement>? Options { get; set; }
    }

    private sealed class RemountBody
    {
        public string? From { get; set; }

        public string? To { get; set; }
    }
}
