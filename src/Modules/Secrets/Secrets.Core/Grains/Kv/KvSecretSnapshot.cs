using System.Collections.Frozen;
using Platform.Secrets.Domain.Kv;

namespace Platform.Secrets.Grains.Kv;

/// <summary>
/// A KV v2 secret's readable side as its grain stored it at one moment: the kept versions, the current version number
/// and custom_metadata. Immutable, so the grain and <see cref="LocalKvSecrets"/> share one instance and a read
/// allocates nothing. The answers for each version are built once; only whether a version is still readable is
/// decided per read, against the caller's clock (deletion times pass without the grain).
/// </summary>
public sealed class KvSecretSnapshot
{
    private readonly int _currentVersion;
    private readonly FrozenDictionary<int, Answers> _versions;

    public KvSecretSnapshot(int currentVersion, IEnumerable<KvVersion> versions, IReadOnlyDictionary<string, string> customMetadata)
    {
        _currentVersion = currentVersion;
        var metadata = customMetadata.ToFrozenDictionary(StringComparer.Ordinal);
        _versions = versions.ToFrozenDictionary(v => v.Number, v => new Answers(v, metadata));
    }

    /// <summary>
    /// The version asked for (null or 0: the current one) as a <c>data/</c> read sees it at <paramref name="now"/>
    /// (no data once deleted or destroyed), or null when there is no such version.
    /// </summary>
    public KvVersionRead? Read(int? version, DateTimeOffset now)
    {
        if (!_versions.TryGetValue(version is null or 0 ? _currentVersion : version.Value, out var answers))
        {
            return null;
        }

        return answers.Version.IsReadable(now) ? answers.Readable : answers.Unreadable;
    }

    private sealed class Answers(KvVersion version, IReadOnlyDictionary<string, string> customMetadata)
    {
        public KvVersion Version { get; } = version;

        public KvVersionRead Readable { get; } = new(
            version.Data, new KvVersionInfo(version.Number, version.CreatedTime, version.DeletionTime, version.Destroyed), customMetadata);

        public KvVersionRead Unreadable { get; } = new(
            null, new KvVersionInfo(version.Number, version.CreatedTime, version.DeletionTime, version.Destroyed), customMetadata);
    }
}
