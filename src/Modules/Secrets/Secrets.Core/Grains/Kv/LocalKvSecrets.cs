using System.Collections.Concurrent;

namespace Platform.Secrets.Grains.Kv;

/// <summary>
/// The snapshots of the KV v2 secret grains active on this node, published by the grains themselves, so a
/// <c>data/</c> read of a secret whose grain lives here costs a dictionary lookup instead of a grain call (as
/// <see cref="Tokens.LocalTokenSnapshots"/> does for tokens). Correct by construction: only the activation that owns a
/// secret writes its entry; it withdraws the entry before any change starts (so no read after an acknowledged change
/// can find the old one), publishes again only once the change is stored, and withdraws on deactivation. A secret
/// whose grain lives on another node, or is in the middle of a change, is not here, and its reads ask the grain.
/// Memory is bounded by the active grains: Orleans deactivates idle ones.
/// </summary>
public sealed class LocalKvSecrets
{
    private readonly ConcurrentDictionary<string, KvSecretSnapshot> _snapshots = new(StringComparer.Ordinal);

    /// <summary>The snapshot of the secret with this grain key (<see cref="KvGrainKey"/>), or null: ask its grain.</summary>
    public KvSecretSnapshot? Find(string grainKey) => _snapshots.GetValueOrDefault(grainKey);

    internal void Publish(string grainKey, KvSecretSnapshot snapshot) => _snapshots[grainKey] = snapshot;

    internal void Withdraw(string grainKey) => _snapshots.TryRemove(grainKey, out _);

    /// <summary>Withdraws the entry only if it is still <paramref name="snapshot"/> (a deactivating activation removes its own entry, nothing newer).</summary>
    internal void Withdraw(string grainKey, KvSecretSnapshot snapshot) =>
        _snapshots.TryRemove(KeyValuePair.Create(grainKey, snapshot));
}
