namespace Platform.Secrets.Grains.Tokens;

/// <summary>
/// One bucket of the accessor index (integer key 0..<see cref="AccessorIndex.BucketCount"/>-1): accessor → token
/// id, for <c>lookup-accessor</c>, <c>revoke-accessor</c> and <c>LIST auth/token/accessors</c>.
/// </summary>
public interface IAccessorIndexGrain : IGrainWithIntegerKey
{
    Task AddAsync(string accessor, string tokenId);

    [Orleans.Concurrency.ReadOnly]
    Task<string?> ResolveAsync(string accessor);

    Task RemoveAsync(string accessor);

    [Orleans.Concurrency.ReadOnly]
    Task<string[]> ListAsync();
}
