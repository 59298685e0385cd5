using Platform.Kernel.Storage;

namespace Platform.Kernel.Tests.Storage;

/// <summary>What <see cref="ISealStore"/> promises on every backend: init's one atomic insert, and plain reads and puts.</summary>
public abstract class SealStoreContract
{
    protected abstract ISealStore Store { get; }

    [Fact]
    public async Task TryAdd_SecondWriter_LosesAndLeavesTheFirstValue()
    {
        var key = "init-" + Guid.NewGuid().ToString("N");

        Assert.True(await Store.TryAddAsync(key, [1, 2, 3], CancellationToken.None));
        Assert.False(await Store.TryAddAsync(key, [9, 9, 9], CancellationToken.None));

        Assert.Equal([1, 2, 3], await Store.GetAsync(key, CancellationToken.None));
        Assert.Equal([1, 2, 3], Store.Get(key));
    }

    [Fact]
    public async Task TryAdd_ManyConcurrentWriters_ExactlyOneWins()
    {
        var key = "race-" + Guid.NewGuid().ToString("N");

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Store.TryAddAsync(key, [(byte)i], CancellationToken.None)));

        Assert.Single(results, won => won);
    }

    [Fact]
    public async Task Put_ExistingKey_Replaces()
    {
        var key = "keyring-" + Guid.NewGuid().ToString("N");
        await Store.PutAsync(key, [1], CancellationToken.None);

        await Store.PutAsync(key, [2], CancellationToken.None);

        Assert.Equal([2], await Store.GetAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task Get_MissingKey_ReturnsNull()
    {
        Assert.Null(await Store.GetAsync("missing-" + Guid.NewGuid().ToString("N"), CancellationToken.None));
        Assert.Null(Store.Get("missing-" + Guid.NewGuid().ToString("N")));
    }
}
