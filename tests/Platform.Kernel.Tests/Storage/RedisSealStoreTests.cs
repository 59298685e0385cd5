using Platform.Kernel.Storage;
using Platform.Kernel.Storage.Redis;
using Platform.Kernel.Tests.Support;
using StackExchange.Redis;

namespace Platform.Kernel.Tests.Storage;

public sealed class RedisSealStoreTests : SealStoreContract, IDisposable
{
    private readonly ConnectionMultiplexer _redis = ConnectionMultiplexer.Connect(RedisPeer.Address);

    public RedisSealStoreTests()
    {
        Store = new RedisSealStore(_redis, "kt-seal-" + Guid.NewGuid().ToString("N")[..12]);
    }

    protected override ISealStore Store { get; }

    public void Dispose() => _redis.Dispose();
}
