using Orleans.Concurrency;

namespace Platform.Secrets.Grains;

/// <summary>
/// Every ACL policy of the cluster, in one activation (key <see cref="Key"/>): policies are few and small, and one
/// writer gives every change a single, growing <see cref="PolicySnapshot.Version"/> that each node's ACL cache
/// compares against to know when to recompile. Stores text as written; parsing and validation happen before.
/// </summary>
public interface IPolicyRegistryGrain : IGrainWithStringKey
{
    const string Key = "acl";

    [ReadOnly, AlwaysInterleave]
    Task<long> GetVersionAsync();

    [ReadOnly]
    Task<PolicySnapshot> GetSnapshotAsync();

    /// <summary>One policy's text, or null when there is none by that name.</summary>
    [ReadOnly]
    Task<string?> GetAsync(string name);

    /// <summary>Creates or replaces a policy; refuses <c>root</c>. Returns the new version.</summary>
    Task<long> PutAsync(string name, string text);

    /// <summary>Deletes a policy (absent is fine, as in Vault); refuses <c>root</c> and <c>default</c>. Returns the new version.</summary>
    Task<long> DeleteAsync(string name);
}
