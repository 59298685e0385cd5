using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Platform.Secrets.Domain.Policies;
using Platform.Secrets.Domain.Policies.Acl;
using Platform.Secrets.Grains;

namespace Platform.Secrets.Application.Policies;

/// <summary>
/// This node's parsed policies and compiled ACLs, so authorising a request costs no storage read and no parse.
/// Freshness: a write or delete through this node drops the cache at once; changes made through another node are
/// seen at the latest <see cref="RefreshInterval"/> later, when the cache next compares its version with the
/// registry grain's (one in-memory grain call per interval, not per request).
/// </summary>
internal sealed partial class CompiledAclCache(IGrainFactory grains, TimeProvider time, ILogger<CompiledAclCache> logger)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile Generation? _current;

    /// <summary>The ACL for a token's policy names (unknown names are ignored, as Vault does; <c>root</c> allows all).</summary>
    public async ValueTask<AccessControlList> GetAsync(IReadOnlyList<string> policyNames, CancellationToken cancellationToken)
    {
        if (policyNames.Contains(BuiltInPolicies.Root, StringComparer.Ordinal))
        {
            return AccessControlList.Root;
        }

        var generation = await CurrentAsync(cancellationToken);
        var key = policyNames.Count == 1 ? policyNames[0] : string.Join('\n', policyNames.Order(StringComparer.Ordinal));
        return generation.Acls.GetOrAdd(key, static (_, state) => AccessControlList.Compile(
            state.Names.Distinct(StringComparer.Ordinal)
                .Select(n => state.Generation.Documents.GetValueOrDefault(n))
                .OfType<PolicyDocument>()), (Names: policyNames, Generation: generation));
    }

    /// <summary>Forget everything: the next request reloads from the registry (called after every local change).</summary>
    public void Invalidate() => _current = null;

    private async ValueTask<Generation> CurrentAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        var now = time.GetUtcNow();
        if (current is not null && now - current.CheckedAt < RefreshInterval)
        {
            return current;
        }

        await _reload.WaitAsync(cancellationToken);
        try
        {
            current = _current;
            if (current is not null && time.GetUtcNow() - current.CheckedAt < RefreshInterval)
            {
                return current;
            }

            var registry = grains.GetGrain<IPolicyRegistryGrain>(IPolicyRegistryGrain.Key);
            if (current is not null && await registry.GetVersionAsync() == current.Version)
            {
                _current = current with { CheckedAt = time.GetUtcNow() };
                return _current;
            }

            var snapshot = await registry.GetSnapshotAsync();
            _current = Generation.From(snapshot, time.GetUtcNow(), logger);
            return _current;
        }
        finally
        {
            _reload.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Stored policy {PolicyName} no longer parses and is ignored: {Errors}")]
    private static partial void LogUnparsablePolicy(ILogger logger, string policyName, string errors);

    private sealed record Generation(
        long Version,
        DateTimeOffset CheckedAt,
        IReadOnlyDictionary<string, PolicyDocument> Documents,
        ConcurrentDictionary<string, AccessControlList> Acls)
    {
        public static Generation From(PolicySnapshot snapshot, DateTimeOffset now, ILogger logger)
        {
            var documents = new Dictionary<string, PolicyDocument>(StringComparer.Ordinal);
            foreach (var (name, text) in snapshot.Policies)
            {
                var parsed = PolicyParser.Parse(text, name);
                if (parsed.Policy is { } policy)
                {
                    documents[name] = policy;
                }
                else
                {
                    // Stored text was validated on write; failing now means the parser changed. Grant nothing from it.
                    LogUnparsablePolicy(logger, name, string.Join("; ", parsed.ErrorMessages));
                }
            }

            return new Generation(snapshot.Version, now, documents, new ConcurrentDictionary<string, AccessControlList>(StringComparer.Ordinal));
        }
    }
}
