using Platform.Secrets.Application.Routing;
using Platform.Secrets.Domain.Mounts;
using Platform.Secrets.Grains.Mounts;

namespace Platform.Secrets.Application.Mounts;

internal sealed class DevModeMounts(IGrainFactory grains, MountRouter router) : IDevModeMounts
{
    public async Task MountAsync(CancellationToken cancellationToken)
    {
        await grains.GetGrain<IMountTableGrain>(IMountTableGrain.Key).EnableAsync(new MountEntry
        {
            Table = MountTable.Secrets,
            Path = "secret/",
            Type = MountType.Kv,
            Description = "key/value secret storage",
            Uuid = MountIdentifiers.NewUuid(),
            Accessor = MountIdentifiers.NewAccessor(MountType.Kv, auth: false),
            Options = new Dictionary<string, string>(StringComparer.Ordinal) { ["version"] = "2" },
        });
        router.Invalidate();
    }
}
