using System.Collections.Concurrent;

namespace Platform.Secrets.Grains.Tokens;

/// <summary>
/// The snapshots of the token grains active on this node, published by the grains themselves, so authenticating a
/// request whose token lives here costs a dictionary lookup instead of a grain call. Correct by construction: only
/// the activation that owns a token writes its entry; it withdraws the entry the moment revocation starts and when it
/// deactivates, and republishes after every change it stored. A token whose grain lives on another node is never
/// here, so its requests keep asking that grain. Expiry is checked at every lookup (the clock moves without the grain);
/// callers send tokens with a use limit to the grain, which must count each use.
/// </summary>
public sealed class LocalTokenSnapshots
{
    private readonly ConcurrentDictionary<string, TokenSnapshot> _snapshots = new(StringComparer.Ordinal);

    /// <summary>The token's snapshot if its grain published one here and it has not expired at <paramref name="now"/>.</summary>
    public TokenSnapshot? FindLive(string tokenId, DateTimeOffset now) =>
        _snapshots.GetValueOrDefault(tokenId) is { } snapshot && !snapshot.Entry.IsExpiredAt(now) ? snapshot : null;

    internal void Publish(TokenSnapshot snapshot) => _snapshots[snapshot.TokenId] = snapshot;

    internal void Withdraw(string tokenId) => _snapshots.TryRemove(tokenId, out _);
}
