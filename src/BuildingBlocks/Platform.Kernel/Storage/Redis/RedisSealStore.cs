using StackExchange.Redis;

namespace Platform.Kernel.Storage.Redis;

/// <summary>
/// <see cref="ISealStore"/> in the cluster's Redis, one string per record under <c>{serviceId}/seal/</c>. Init's
/// atomic step is <c>SET NX</c>: of two nodes initialising at once exactly one wins.
/// </summary>
public sealed class RedisSealStore(IConnectionMultiplexer redis, string serviceId) : ISealStore
{
    private readonly string _prefix = $"{serviceId}/seal/";

    public async Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return (byte[]?)await redis.GetDatabase().StringGetAsync(Key(key));
    }

    public byte[]? Get(string key) => (byte[]?)redis.GetDatabase().StringGet(Key(key));

    public async Task PutAsync(string key, byte[] value, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await redis.GetDatabase().StringSetAsync(Key(key), value);
    }

    public async Task<bool> TryAddAsync(string key, byte[] value, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await redis.GetDatabase().StringSetAsync(Key(key), value, when: When.NotExists);
    }

    private RedisKey Key(string key) => _prefix + key;
}
