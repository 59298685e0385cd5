using Platform.Secrets.Contracts.Mounts;
using Platform.Secrets.Grains.Mounts;

namespace Platform.Secrets.Application.Mounts;

/// <summary>Mount entries in Vault's wire shapes.</summary>
internal static class MountInfoMapping
{
    /// <summary>Vault's system-wide default and maximum lease TTL (768h), what a mount with no TTL of its own gets.</summary>
    public static readonly TimeSpan SystemDefaultTtl = TimeSpan.FromHours(768);

    public static MountInfo ToInfo(this MountEntry entry) => new(
        entry.Accessor,
        new MountConfigInfo((long)entry.DefaultLeaseTtl.TotalSeconds, false, (long)entry.MaxLeaseTtl.TotalSeconds),
        entry.Description,
        ExternalEntropyAccess: false,
        entry.Local,
        entry.Options.Count == 0 ? null : entry.Options,
        PluginVersion: "",
        RunningPluginVersion: entry.Type is "system" or "token" ? "" : $"v{PlatformVersion()}+builtin",
        RunningSha256: "",
        entry.SealWrap,
        entry.Type,
        entry.Uuid);

    public static MountTuneInfo ToTuneInfo(this MountEntry entry) => new(
        entry.Description,
        (long)EffectiveDefaultTtl(entry).TotalSeconds,
        (long)EffectiveMaxTtl(entry).TotalSeconds,
        ForceNoCache: false,
        entry.Options.Count == 0 ? null : entry.Options);

    public static TimeSpan EffectiveDefaultTtl(MountEntry entry) =>
        entry.DefaultLeaseTtl > TimeSpan.Zero ? entry.DefaultLeaseTtl : Min(SystemDefaultTtl, EffectiveMaxTtl(entry));

    public static TimeSpan EffectiveMaxTtl(MountEntry entry) =>
        entry.MaxLeaseTtl > TimeSpan.Zero ? entry.MaxLeaseTtl : SystemDefaultTtl;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static string PlatformVersion() =>
        typeof(MountInfoMapping).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";
}
