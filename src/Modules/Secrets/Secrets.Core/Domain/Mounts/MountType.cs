namespace Platform.Secrets.Domain.Mounts;

/// <summary>
/// The type and options a mount is stored with, from what the client asked for. Vault accepts the aliases
/// <c>kv-v1</c> and <c>kv-v2</c> and stores them as type <c>kv</c> with <c>options.version</c> set, and reads the
/// engine's type from <c>config.plugin_name</c> when <c>type</c> is empty (older clients).
/// </summary>
public sealed record MountType(string Type, IReadOnlyDictionary<string, string> Options)
{
    public const string Kv = "kv";

    public static MountType From(string? type, string? pluginName, IReadOnlyDictionary<string, string>? options)
    {
        var name = string.IsNullOrEmpty(type) ? pluginName ?? "" : type;
        var merged = new Dictionary<string, string>(options ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        switch (name)
        {
            case "kv-v1":
                merged["version"] = "1";
                return new MountType(Kv, merged);
            case "kv-v2":
                merged["version"] = "2";
                return new MountType(Kv, merged);
            default:
                return new MountType(name, merged);
        }
    }
}
