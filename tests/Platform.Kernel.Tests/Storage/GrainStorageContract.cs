using Orleans.Storage;
using Platform.Kernel.Errors;
using Platform.Kernel.Storage;
using Platform.Kernel.Tests.Support;

namespace Platform.Kernel.Tests.Storage;

/// <summary>
/// What every backend behind <see cref="StorageRegistration"/> must do, through a real silo and a real grain.
/// Each backend's test class supplies the settings and the files it persists to.
/// </summary>
public abstract class GrainStorageContract : IAsyncLifetime
{
    protected TestKeyring Keyring { get; } = new();

    /// <summary>Fresh per test: Redis silos of one test form their own cluster and their own key space.</summary>
    protected string ClusterId { get; } = "kt-" + Guid.NewGuid().ToString("N")[..12];

    protected abstract StorageSettings Settings { get; }

    /// <summary>Every file the backend keeps data in.</summary>
    protected abstract IEnumerable<string> FilesAtRest();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected Task<TestSilo> StartSiloAsync() => TestSilo.StartAsync(Settings, Keyring, ClusterId);

    [Fact]
    public async Task WriteState_ThenReadAndClear_RoundTripsThroughTheGrain()
    {
        await using var silo = await StartSiloAsync();
        var grain = silo.Grains.GetGrain<IMarkerGrain>("round-trip");

        await grain.SetAsync("first");
        await grain.SetAsync("second");
        Assert.Equal("second", await grain.GetAsync());

        await grain.ClearAsync();
        Assert.Null(await grain.GetAsync());
        await grain.SetAsync("after clear");
        Assert.Equal("after clear", await grain.GetAsync());
    }

    [Fact]
    public async Task WriteState_StaleEtagFromSecondWriter_ThrowsInconsistentState()
    {
        await using var silo = await StartSiloAsync();
        var grainId = GrainId.Create("marker", "contended");
        var first = new GrainState<MarkerState>(new MarkerState { Value = "one" });
        await silo.Storage.WriteStateAsync("marker", grainId, first);
        var second = new GrainState<MarkerState>(new MarkerState());
        await silo.Storage.ReadStateAsync("marker", grainId, second);

        first.State!.Value = "two";
        await silo.Storage.WriteStateAsync("marker", grainId, first);
        second.State!.Value = "stale";

        await Assert.ThrowsAsync<InconsistentStateException>(() => silo.Storage.WriteStateAsync("marker", grainId, second));
        await Assert.ThrowsAsync<InconsistentStateException>(() => silo.Storage.ClearStateAsync("marker", grainId, second));
        var reread = new GrainState<MarkerState>(new MarkerState());
        await silo.Storage.ReadStateAsync("marker", grainId, reread);
        Assert.Equal("two", reread.State!.Value);
    }

    [Fact]
    public async Task WriteState_NewRecordWhenOneExists_ThrowsInconsistentState()
    {
        await using var silo = await StartSiloAsync();
        var grainId = GrainId.Create("marker", "created-twice");
        await silo.Storage.WriteStateAsync("marker", grainId, new GrainState<MarkerState>(new MarkerState { Value = "first" }));

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => silo.Storage.WriteStateAsync("marker", grainId, new GrainState<MarkerState>(new MarkerState { Value = "blind" })));
    }

    [Fact]
    public async Task ReadState_AfterSiloRestart_ReturnsWhatWasWritten()
    {
        await using (var silo = await StartSiloAsync())
        {
            await silo.Grains.GetGrain<IMarkerGrain>("durable").SetAsync("kept");
        }

        await using var restarted = await StartSiloAsync();

        Assert.Equal("kept", await restarted.Grains.GetGrain<IMarkerGrain>("durable").GetAsync());
    }

    [Fact]
    public async Task ReadState_WrittenUnderAnOlderTerm_IsReadAfterRotation()
    {
        await using (var silo = await StartSiloAsync())
        {
            await silo.Grains.GetGrain<IMarkerGrain>("rotated").SetAsync("old term");
        }

        Keyring.Rotate();
        await using var restarted = await StartSiloAsync();
        var grain = restarted.Grains.GetGrain<IMarkerGrain>("rotated");

        Assert.Equal("old term", await grain.GetAsync());
        await grain.SetAsync("new term");
        Assert.Equal("new term", await grain.GetAsync());
    }

    [Fact]
    public async Task GrainCall_WhileSealed_FailsWithSealedException()
    {
        await using var silo = await StartSiloAsync();
        var active = silo.Grains.GetGrain<IMarkerGrain>("active");
        await active.SetAsync("before seal");

        silo.Barrier.Seal();

        await Assert.ThrowsAsync<SealedException>(() => active.SetAsync("while sealed"));
        Assert.Equal("before seal", await active.GetAsync());
        await Assert.ThrowsAsync<SealedException>(() => silo.Grains.GetGrain<IMarkerGrain>("not yet active").GetAsync());
    }

    [Fact]
    public async Task Storage_MarkersInStateAndGrainKeys_NeverAppearAtRest()
    {
        const string stateMarker = "STATEMARKER-7f3a91";
        const string keyMarker = "KEYMARKER-policy-admin-52c8";
        await using (var silo = await StartSiloAsync())
        {
            for (var i = 0; i < 20; i++)
            {
                await silo.Grains.GetGrain<IMarkerGrain>($"{keyMarker}-{i}").SetAsync($"{stateMarker} secret value {i}");
            }

            Assert.Empty(MarkerScan.Find(FilesAtRest(), stateMarker, keyMarker));
        }

        // Not a vacuous scan: the backend did persist something.
        Assert.Contains(FilesAtRest(), path => new FileInfo(path).Length > 0);
        Assert.Empty(MarkerScan.Find(FilesAtRest(), stateMarker, keyMarker));
    }

    [Fact]
    public async Task Reminders_AfterSiloRestart_AreReadBack()
    {
        await using (var silo = await StartSiloAsync())
        {
            var grain = silo.Grains.GetGrain<IMarkerGrain>("reminded");
            await grain.RegisterReminderAsync("expiry");
            await grain.RegisterReminderAsync("backstop");
        }

        await using var restarted = await StartSiloAsync();

        Assert.Equal(["backstop", "expiry"], await restarted.Grains.GetGrain<IMarkerGrain>("reminded").ReminderNamesAsync());
    }
}
