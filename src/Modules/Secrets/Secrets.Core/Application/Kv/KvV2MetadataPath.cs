using System.Text.Json.Nodes;
using Platform.Secrets.Application.Routing;
using Platform.Secrets.Contracts.Logical;
using Platform.Secrets.Domain.Kv;
using Platform.Secrets.Grains.Kv;

namespace Platform.Secrets.Application.Kv;

/// <summary>
/// <c>metadata/PATH</c>: read a secret's metadata and version list, LIST a folder, write max_versions, cas_required,
/// delete_version_after and custom_metadata (POST/PUT replaces the fields given; PATCH, JSON merge patch, merges
/// custom_metadata key by key and answers 404 with no body when the secret does not exist), DELETE the secret with
/// every version.
/// </summary>
internal sealed class KvV2MetadataPath(IGrainFactory grains)
{
    public async Task<LogicalResponse> HandleAsync(LogicalCall call, string path)
    {
        switch (call.Operation)
        {
            case LogicalOperation.List:
                return await KvListings.ListAsync(grains, call.Mount, path);
            case LogicalOperation.Read:
                var metadata = await Secret(call, path).GetMetadataAsync() ?? throw new Platform.Kernel.Errors.NotFoundException("");
                return new LogicalResponse(KvV2Shapes.Metadata(metadata));
            case LogicalOperation.Create or LogicalOperation.Update:
                var update = new KvMetadataUpdate(
                    KvRequestFields.Int(call.Data, "max_versions"),
                    KvRequestFields.Bool(call.Data, "cas_required"),
                    KvRequestFields.Duration(call.Data, "delete_version_after"),
                    KvRequestFields.StringMap(call.Data, "custom_metadata"));
                var secret = Secret(call, path);
                if (update is { MaxVersions: null, CasRequired: null, DeleteVersionAfter: null, CustomMetadata: null })
                {
                    // Vault's fast path: a write naming none of the fields changes nothing, and creates no key.
                    return LogicalResponse.Empty;
                }

                var written = await CasWarningAsync(call, update.CasRequired);
                await secret.WriteMetadataAsync(update);
                return written;
            case LogicalOperation.Patch:
                var patch = PatchOf(call.Data);
                var target = Secret(call, path);
                var answer = await CasWarningAsync(call, patch.CasRequired);
                return await target.PatchMetadataAsync(patch) ? answer : LogicalResponse.Status(404);
            case LogicalOperation.Delete:
                await Secret(call, path).DeleteAllAsync();
                return LogicalResponse.Empty;
            default:
                return LogicalResponse.Unsupported;
        }
    }

    /// <summary>
    /// The fields of a metadata PATCH as Vault's framework reads them before merging: a null max_versions or
    /// cas_required decodes to its zero value (0, false) and so resets it, a null delete_version_after or
    /// custom_metadata changes nothing, and inside custom_metadata a null removes its key.
    /// </summary>
    private static KvMetadataPatch PatchOf(JsonObject data) => new(
        data.ContainsKey("max_versions") ? KvRequestFields.Int(data, "max_versions") ?? 0 : null,
        data.ContainsKey("cas_required") ? KvRequestFields.Bool(data, "cas_required") ?? false : null,
        KvRequestFields.Duration(data, "delete_version_after"),
        KvRequestFields.NullableStringMap(data, "custom_metadata"));

    /// <summary>
    /// Vault accepts cas_required=false on a mount whose config requires check-and-set, stores it, and warns that the
    /// mount's setting wins (path_metadata.go): a 200 with the warning instead of the 204.
    /// </summary>
    private async Task<LogicalResponse> CasWarningAsync(LogicalCall call, bool? casRequired) =>
        casRequired == false && (await KvV2ConfigPath.ConfigOf(grains, call.Mount)).CasRequired
            ? new LogicalResponse(null, ["\"cas_required\" set to false, but is mandated by backend config. This value will be ignored."])
            : LogicalResponse.Empty;

    private IKvV2SecretGrain Secret(LogicalCall call, string path)
    {
        KvKeyPath.Parse(path);
        return grains.GetGrain<IKvV2SecretGrain>(KvGrainKey.Of(call.Mount.Uuid, path));
    }
}
