using Platform.Kernel.Tests.Support;

namespace Platform.Kernel.Tests.Storage;

/// <summary>Two silos on one Redis form one cluster and share grain state (the multi-node shape of DESIGN.md).</summary>
public sealed class RedisClusterTests
{
    private readonly TestKeyring _keyring = new();
    private readonly string _clusterId = "kt-" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task GrainState_WrittenThroughOneSilo_IsReadThroughTheOtherAfterItStops()
    {
        await using var survivor = await TestSilo.StartAsync(TestSilo.Redis(), _keyring, _clusterId);
        var leaving = await TestSilo.StartAsync(TestSilo.Redis(), _keyring, _clusterId);
        var keys = Enumerable.Range(0, 20).Select(i => $"shared-{i}").ToList();
        foreach (var key in keys)
        {
            await leaving.Grains.GetGrain<IMarkerGrain>(key).SetAsync($"value of {key}");
        }

        await leaving.DisposeAsync();

        foreach (var key in keys)
        {
            Assert.Equal($"value of {key}", await survivor.Grains.GetGrain<IMarkerGrain>(key).GetAsync());
        }
    }
}
