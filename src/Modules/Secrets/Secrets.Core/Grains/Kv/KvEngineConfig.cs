using Platform.Secrets.Domain.Kv;

namespace Platform.Secrets.Grains.Kv;

/// <summary>A KV v2 mount's <c>config</c> as it travels to a secret's grain (see <see cref="KvMountSettings"/>).</summary>
[GenerateSerializer, Immutable]
public sealed record KvEngineConfig(
    [property: Id(0)] int MaxVersions,
    [property: Id(1)] bool CasRequired,
    [property: Id(2)] TimeSpan DeleteVersionAfter)
{
    public static readonly KvEngineConfig Default = new(0, false, TimeSpan.Zero);

    public KvMountSettings ToSettings() => new(MaxVersions, CasRequired, DeleteVersionAfter);
}
