using System.Text.Json.Nodes;
using Platform.Kernel.Http;
using Platform.Kernel.Time;
using Platform.Secrets.Domain.Kv;
using Platform.Secrets.Grains.Kv;

namespace Platform.Secrets.Application.Kv;

/// <summary>KV v2's response bodies, field for field as Vault prints them.</summary>
internal static class KvV2Shapes
{
    /// <summary>A version's metadata (data write answer, <c>metadata</c> of a data read): custom_metadata null when empty, as Vault.</summary>
    public static JsonObject VersionMetadata(KvVersionRead read) => new()
    {
        ["created_time"] = KvTime.Format(read.Version.CreatedTime),
        ["custom_metadata"] = CustomMetadata(read.CustomMetadata),
        ["deletion_time"] = KvTime.FormatOptional(read.Version.DeletionTime),
        ["destroyed"] = read.Version.Destroyed,
        ["version"] = read.Version.Version,
    };

    public static JsonObject Metadata(KvSecretMetadata metadata)
    {
        var versions = new JsonObject();
        // Go sorts the string keys: "1", "10", "11", "2".
        foreach (var (key, version) in metadata.Versions
            .Select(v => (Key: v.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), Info: v))
            .OrderBy(v => v.Key, GoJsonKeyOrder.Comparer))
        {
            versions[key] = new JsonObject
            {
                ["created_time"] = KvTime.Format(version.CreatedTime),
                ["deletion_time"] = KvTime.FormatOptional(version.DeletionTime),
                ["destroyed"] = version.Destroyed,
            };
        }

        return new JsonObject
        {
            ["cas_required"] = metadata.CasRequired,
            ["created_time"] = KvTime.Format(metadata.CreatedTime),
            ["current_version"] = metadata.CurrentVersion,
            ["custom_metadata"] = CustomMetadata(metadata.CustomMetadata),
            ["delete_version_after"] = GoDuration.Format(metadata.DeleteVersionAfter),
            ["max_versions"] = metadata.MaxVersions,
            ["oldest_version"] = metadata.OldestVersion,
            ["updated_time"] = KvTime.Format(metadata.UpdatedTime),
            ["versions"] = versions,
        };
    }

    public static JsonObject Config(KvEngineConfig config) => new()
    {
        ["cas_required"] = config.CasRequired,
        ["delete_version_after"] = GoDuration.Format(config.DeleteVersionAfter),
        ["max_versions"] = config.MaxVersions,
    };

    private static JsonObject? CustomMetadata(IReadOnlyDictionary<string, string> metadata)
    {
        if (metadata.Count == 0)
        {
            return null;
        }

        var map = new JsonObject();
        foreach (var (key, value) in metadata.OrderBy(p => p.Key, GoJsonKeyOrder.Comparer))
        {
            map[key] = value;
        }

        return map;
    }
}
