using Platform.Secrets.Application.Routing;
using Platform.Secrets.Contracts.Logical;
using Platform.Secrets.Grains.Mounts;

namespace Platform.Secrets.Application.Kv;

/// <summary>
/// The <c>kv</c> secrets engine: one type in the mount table, two engines behind it chosen by the mount's
/// <c>options.version</c> ("2": versioned, anything else: KV v1), as Vault's kv plugin does.
/// </summary>
internal sealed class KvBackend(KvV1Engine v1, KvV2Engine v2, KvMountEraser eraser) : ILogicalBackend
{
    public MountTable Table => MountTable.Secrets;

    public string Type => "kv";

    public bool IsUnauthenticated(string relativePath) => false;

    public Task<bool?> ExistsAsync(MountEntry mount, string relativePath, CancellationToken cancellationToken) =>
        IsVersioned(mount) ? v2.ExistsAsync(mount, relativePath) : v1.ExistsAsync(mount, relativePath);

    public Task<LogicalResponse> HandleAsync(LogicalCall call, CancellationToken cancellationToken) =>
        IsVersioned(call.Mount) ? v2.HandleAsync(call) : v1.HandleAsync(call);

    public Task DeleteAllAsync(MountEntry mount, CancellationToken cancellationToken) =>
        eraser.EraseAsync(mount, IsVersioned(mount), cancellationToken);

    public static bool IsVersioned(MountEntry mount) => mount.Options.TryGetValue("version", out var version) && version == "2";
}
