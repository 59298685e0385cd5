using System.Security.Cryptography;
using System.Text;

namespace Platform.Secrets.Grains.Auth;

/// <summary>
/// Grain keys of auth-method data: everything starts with the mount's uuid, so a remount keeps it and a disable
/// finds exactly it. Names are hashed onto <see cref="ShardCount"/> index shards for LIST.
/// </summary>
public static class AuthRecordKeys
{
    public const int ShardCount = 16;

    public static string Record(string mountUuid, string collection, string name) => $"{mountUuid}/{collection}/{name}";

    public static string IndexShard(string mountUuid, string collection, string name) =>
        $"{mountUuid}/{collection}/{ShardOf(name):x2}";

    public static IEnumerable<string> AllIndexShards(string mountUuid, string collection) =>
        Enumerable.Range(0, ShardCount).Select(shard => $"{mountUuid}/{collection}/{shard:x2}");

    // A stable hash (string.GetHashCode is randomised per process): the shard must be the same on every node and run.
    private static int ShardOf(string name) => SHA256.HashData(Encoding.UTF8.GetBytes(name))[0] % ShardCount;
}
