using Orleans.Concurrency;

namespace Platform.Secrets.Grains.Auth;

/// <summary>
/// One shard of the names in a collection of an auth method (for LIST), keyed by <see cref="AuthRecordKeys.IndexShard"/>.
/// A name is added before its record is written and removed after its record is deleted, so a crash between the two
/// leaves at worst a listed name without a record (reads answer 404), never a record LIST cannot show.
/// </summary>
public interface IAuthNameIndexGrain : IGrainWithStringKey
{
    Task AddAsync(string name);

    Task RemoveAsync(string name);

    [ReadOnly]
    Task<string[]> ListAsync();

    Task ClearAsync();
}
