namespace Platform.Secrets.Grains.Kv;

/// <summary>Persisted state of <see cref="KvFolderGrain"/>: entry names, folders with a trailing '/'.</summary>
[GenerateSerializer]
public sealed class KvFolderState
{
    [Id(0)]
    public SortedSet<string> Entries { get; set; } = new(StringComparer.Ordinal);
}
