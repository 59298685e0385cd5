namespace Platform.Secrets.Grains.Tokens;

/// <summary>Addresses of a token's child shards.</summary>
public static class TokenChildren
{
    public const int ShardCount = 16;

    public static string ShardKey(string parentId, string childId) => $"{parentId}/{childId[0]}";

    public static IEnumerable<string> AllShardKeys(string parentId) =>
        Enumerable.Range(0, ShardCount).Select(shard => $"{parentId}/{shard:x}");
}
