using Platform.Kernel.Errors;
using Platform.Secrets.Application.Routing;
using Platform.Secrets.Contracts.Logical;
using Platform.Secrets.Domain.Kv;
using Platform.Secrets.Grains.Kv;

namespace Platform.Secrets.Application.Kv;

/// <summary><c>delete/PATH</c>, <c>undelete/PATH</c>, <c>destroy/PATH</c>: act on the listed <c>versions</c>.</summary>
internal sealed class KvV2VersionsPath(IGrainFactory grains)
{
    public async Task<LogicalResponse> HandleAsync(LogicalCall call, string route, string path)
    {
        if (call.Operation is not (LogicalOperation.Create or LogicalOperation.Update))
        {
            return LogicalResponse.Unsupported;
        }

        KvKeyPath.Parse(path);
        var versions = KvRequestFields.Versions(call.Data, "versions");
        if (versions.Length == 0)
        {
            throw new ValidationException("no version number provided");
        }

        var secret = grains.GetGrain<IKvV2SecretGrain>(KvGrainKey.Of(call.Mount.Uuid, path));
        await (route switch
        {
            "delete" => secret.DeleteVersionsAsync(versions),
            "undelete" => secret.UndeleteAsync(versions, await KvV2ConfigPath.ConfigOf(grains, call.Mount)),
            _ => secret.DestroyAsync(versions),
        });
        return LogicalResponse.Empty;
    }
}
