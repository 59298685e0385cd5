using System.Diagnostics;
using Orleans.Runtime;
using Platform.Kernel.Consensus;
using Platform.Kernel.Errors;
using Platform.Kernel.Tests.Support;

namespace Platform.Kernel.Tests.Consensus;

/// <summary>
/// The lock grain in a real silo on SQLite behind the barrier: conflicts, fencing that survives a restart, and the
/// expiry timer that clears the stored lease.
/// </summary>
public sealed class LockGrainSiloTests : IAsyncDisposable
{
    private static readonly LockHolder Alice = new("id-a", "alice@laptop", "OperationTypeApply", "");
    private static readonly LockHolder Bob = new("id-b", "bob@ci", "OperationTypePlan", "");
    private readonly string _directory = Directory.CreateTempSubdirectory("platform-lock-").FullName;
    private readonly TestKeyring _keyring = new();

    [Fact]
    public async Task Acquire_HeldThenReleased_SecondHolderRefusedThenGetsLargerToken()
    {
        await using var silo = await StartAsync();
        var grain = silo.Grains.GetGrain<ILockGrain>("infra/state/prod");

        var first = await grain.AcquireAsync(Alice, null);
        var conflict = await Assert.ThrowsAsync<ConflictException>(() => grain.AcquireAsync(Bob, null));
        await grain.ReleaseByHolderAsync("id-a");
        var second = await grain.AcquireAsync(Bob, TimeSpan.FromMinutes(5));

        Assert.Contains("alice@laptop", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(1, first.FencingToken);
        Assert.Equal(2, second.FencingToken);
        Assert.Equal(Bob, (await grain.GetHolderAsync())!.Holder);
    }

    [Fact]
    public async Task Lease_AcrossSiloRestart_IsStillHeldAndFencingContinues()
    {
        await using (var silo = await StartAsync())
        {
            await silo.Grains.GetGrain<ILockGrain>("scheduler/plan-applier").AcquireAsync(Alice, TimeSpan.FromHours(1));
        }

        await using var restarted = await StartAsync();
        var grain = restarted.Grains.GetGrain<ILockGrain>("scheduler/plan-applier");
        var holder = await grain.GetHolderAsync();
        var forced = await grain.ForceReleaseAsync();
        var next = await grain.AcquireAsync(Bob, null);

        Assert.Equal(Alice, holder!.Holder);
        Assert.Equal(holder, forced);
        Assert.Equal(2, next.FencingToken);
    }

    [Fact]
    public async Task Expiry_TimerFires_ClearsTheStoredLeaseButKeepsTheCounter()
    {
        await using var silo = await StartAsync();
        var grain = silo.Grains.GetGrain<ILockGrain>("short-lived");
        var lease = await grain.AcquireAsync(Alice, TimeSpan.FromMilliseconds(300));

        var stored = await PollAsync(async () => await ReadStoredAsync(silo, "short-lived") is { Lease: null } state ? state : null);

        Assert.Equal(lease.FencingToken, stored.LastFencingToken);
        Assert.Null(await grain.GetHolderAsync());
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }

    private Task<TestSilo> StartAsync() => TestSilo.StartAsync(TestSilo.Sqlite(_directory), _keyring, "lock-tests");

    private static async Task<LockState> ReadStoredAsync(TestSilo silo, string name)
    {
        var state = new GrainState<LockState>(new LockState());
        await silo.Storage.ReadStateAsync("lock", GrainId.Create("lock", name), state);
        return state.State ?? throw new InvalidOperationException($"no stored state for lock {name}");
    }

    /// <summary>Polls until <paramref name="probe"/> yields a value; fails after 10 s (the timer is real here).</summary>
    private static async Task<T> PollAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        var deadline = Stopwatch.GetTimestamp() + (10 * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException("the condition did not hold within 10 s");
    }
}
