using Microsoft.Extensions.Time.Testing;
using Platform.Kernel.Consensus;
using Platform.Kernel.Errors;

namespace Platform.Kernel.Tests.Consensus;

public sealed class LockRulesTests
{
    private static readonly LockHolder Alice = new("lock-id-a", "alice@laptop", "OperationTypeApply", "prod rollout");
    private static readonly LockHolder Bob = new("lock-id-b", "bob@ci", "OperationTypePlan", "");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Acquire_FreeLock_GrantsLeaseWithDeadlineAndFirstFencingToken()
    {
        var state = LockRules.Acquire(new LockState(), "infra/state/prod", Alice, TimeSpan.FromSeconds(30), _time.GetUtcNow());

        Assert.Equal(1, state.LastFencingToken);
        Assert.Equal(new LockLease("infra/state/prod", Alice, 1, _time.GetUtcNow(), _time.GetUtcNow().AddSeconds(30)), state.Lease);
    }

    [Fact]
    public void Acquire_HeldByAnother_ConflictNamesTheHolder()
    {
        var held = LockRules.Acquire(new LockState(), "infra/state/prod", Alice, TimeSpan.FromSeconds(30), _time.GetUtcNow());

        var conflict = Assert.Throws<ConflictException>(() => LockRules.Acquire(held, "infra/state/prod", Bob, TimeSpan.FromSeconds(30), _time.GetUtcNow()));

        Assert.Contains("alice@laptop", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("lock-id-a", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("OperationTypeApply", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("prod rollout", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Acquire_AfterTtlPasses_IsGrantedWithALargerFencingToken()
    {
        var held = LockRules.Acquire(new LockState(), "l", Alice, TimeSpan.FromSeconds(30), _time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.NotNull(LockRules.Holder(held, _time.GetUtcNow()));
        _time.Advance(TimeSpan.FromSeconds(1));

        var next = LockRules.Acquire(held, "l", Bob, TimeSpan.FromSeconds(30), _time.GetUtcNow());

        Assert.Null(LockRules.Holder(held, _time.GetUtcNow()));
        Assert.Equal(Bob, next.Lease!.Holder);
        Assert.Equal(2, next.Lease.FencingToken);
    }

    [Fact]
    public void FencingToken_OverReleasesExpiriesAndForceReleases_NeverRepeats()
    {
        var state = new LockState();
        var tokens = new List<long>();
        for (var round = 0; round < 9; round++)
        {
            state = LockRules.Acquire(state, "l", round % 2 == 0 ? Alice : Bob, TimeSpan.FromSeconds(5), _time.GetUtcNow());
            tokens.Add(state.Lease!.FencingToken);
            state = (round % 3) switch
            {
                0 => LockRules.Release(state, state.Lease.FencingToken, null, _time.GetUtcNow()),
                1 => LockRules.ForceRelease(state),
                _ => state,
            };
            _time.Advance(TimeSpan.FromSeconds(5));
        }

        Assert.Equal(Enumerable.Range(1, 9).Select(i => (long)i), tokens);
    }

    [Fact]
    public void Renew_OwnLease_MovesTheDeadline()
    {
        var held = LockRules.Acquire(new LockState(), "l", Alice, TimeSpan.FromSeconds(10), _time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(8));

        var renewed = LockRules.Renew(held, 1, TimeSpan.FromSeconds(10), _time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(8));

        Assert.Equal(Alice, LockRules.Holder(renewed, _time.GetUtcNow())!.Holder);
        Assert.Equal(1, renewed.Lease!.FencingToken);
    }

    [Fact]
    public void Renew_ExpiredLease_IsAConflict()
    {
        var held = LockRules.Acquire(new LockState(), "l", Alice, TimeSpan.FromSeconds(10), _time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(10));

        var conflict = Assert.Throws<ConflictException>(() => LockRules.Renew(held, 1, TimeSpan.FromSeconds(10), _time.GetUtcNow()));

        Assert.Contains("no longer held", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Renew_StaleFencingToken_IsAConflictNamingTheNewHolder()
    {
        var first = LockRules.Acquire(new LockState(), "l", Alice, TimeSpan.FromSeconds(10), _time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(10));
        var second = LockRules.Acquire(first, "l", Bob, TimeSpan.FromSeconds(10), _time.GetUtcNow());

        var conflict = Assert.Throws<ConflictException>(() => LockRules.Renew(second, 1, TimeSpan.FromSeconds(10), _time.GetUtcNow()));

        Assert.Contains("bob@ci", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Release_ByHolderIdOrToken_FreesTheLockButKeepsTheCounter()
    {
        var held = LockRules.Acquire(new LockState(), "l", Alice, null, _time.GetUtcNow());

        var byId = LockRules.Release(held, null, "lock-id-a", _time.GetUtcNow());
        var byToken = LockRules.Release(held, 1, null, _time.GetUtcNow());

        Assert.Null(byId.Lease);
        Assert.Null(byToken.Lease);
        Assert.Equal(1, byId.LastFencingToken);
    }

    [Fact]
    public void Release_SomeoneElsesLease_IsAConflict()
    {
        var held = LockRules.Acquire(new LockState(), "l", Alice, null, _time.GetUtcNow());

        Assert.Throws<ConflictException>(() => LockRules.Release(held, 7, null, _time.GetUtcNow()));
        Assert.Throws<ConflictException>(() => LockRules.Release(held, null, "lock-id-b", _time.GetUtcNow()));
    }

    [Fact]
    public void Release_FreeLock_IsANoOp()
    {
        var released = LockRules.Release(new LockState { LastFencingToken = 4 }, 4, null, _time.GetUtcNow());

        Assert.Null(released.Lease);
        Assert.Equal(4, released.LastFencingToken);
    }

    [Fact]
    public void Acquire_WithoutTtl_NeverExpires()
    {
        var held = LockRules.Acquire(new LockState(), "l", Alice, null, _time.GetUtcNow());
        _time.Advance(TimeSpan.FromDays(365));

        Assert.Equal(Alice, LockRules.Holder(held, _time.GetUtcNow())!.Holder);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(8 * 24 * 3600)]
    public void Acquire_TtlOutOfRange_IsRefused(int seconds) =>
        Assert.Throws<ValidationException>(() => LockRules.Acquire(new LockState(), "l", Alice, TimeSpan.FromSeconds(seconds), _time.GetUtcNow()));
}
