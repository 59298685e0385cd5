namespace Platform.Secrets.Grains.Tokens;

/// <summary>Which bucket of the accessor index holds an accessor: a stable hash (FNV-1a), the same on every node.</summary>
public static class AccessorIndex
{
    public const int BucketCount = 64;

    public static long BucketOf(string accessor)
    {
        var hash = 2166136261u;
        foreach (var c in accessor)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash % BucketCount;
    }
}
