namespace Platform.Secrets.Contracts.Mounts;

/// <summary>A tune request: only the fields given change (null = keep).</summary>
public sealed record MountTuning(
    TimeSpan? DefaultLeaseTtl,
    TimeSpan? MaxLeaseTtl,
    string? Description,
    IReadOnlyDictionary<string, string>? Options);
