using Platform.Kernel.Errors;
using Platform.Secrets.Application.Routing;
using Platform.Secrets.Contracts.Logical;
using Platform.Secrets.Grains.Kv;
using Platform.Secrets.Grains.Mounts;

namespace Platform.Secrets.Application.Kv;

/// <summary><c>config</c>: the mount-wide max_versions, cas_required and delete_version_after.</summary>
internal sealed class KvV2ConfigPath(IGrainFactory grains)
{
    public static Task<KvEngineConfig> ConfigOf(IGrainFactory grains, MountEntry mount) =>
        grains.GetGrain<IKvConfigGrain>(mount.Uuid).GetAsync();

    public async Task<LogicalResponse> HandleAsync(LogicalCall call)
    {
        var config = grains.GetGrain<IKvConfigGrain>(call.Mount.Uuid);
        switch (call.Operation)
        {
            case LogicalOperation.Read:
                return new LogicalResponse(KvV2Shapes.Config(await config.GetAsync()));
            case LogicalOperation.Create or LogicalOperation.Update:
                var current = await config.GetAsync();
                var maxVersions = KvRequestFields.Int(call.Data, "max_versions") ?? current.MaxVersions;
                if (maxVersions < 0)
                {
                    throw new ValidationException("max_versions must be zero or positive");
                }

                await config.SetAsync(new KvEngineConfig(
                    maxVersions,
                    KvRequestFields.Bool(call.Data, "cas_required") ?? current.CasRequired,
                    KvRequestFields.Duration(call.Data, "delete_version_after") ?? current.DeleteVersionAfter));
                return LogicalResponse.Empty;
            default:
                return LogicalResponse.Unsupported;
        }
    }
}
