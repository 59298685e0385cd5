namespace Platform.Secrets.Grains.Tokens;

/// <summary>
/// One shard of a token's children (key <c>PARENTID/S</c>, S the first hex digit of the child's id, see
/// <see cref="TokenChildren"/>). Sharding keeps each write small and lets children of one busy parent (a root
/// token) be registered in parallel.
/// </summary>
public interface ITokenChildrenGrain : IGrainWithStringKey
{
    Task AddAsync(string childId);

    Task RemoveAsync(string childId);

    Task<string[]> ListAsync();

    Task ClearAsync();
}
