namespace Platform.Secrets.Contracts.Mounts;

/// <summary>What a client asks for when enabling a mount (<c>POST sys/mounts/PATH</c>, <c>POST sys/auth/PATH</c>).</summary>
public sealed record MountSettings(
    string Type,
    string? PluginName,
    string Description,
    TimeSpan DefaultLeaseTtl,
    TimeSpan MaxLeaseTtl,
    IReadOnlyDictionary<string, string>? Options,
    bool Local,
    bool SealWrap);
