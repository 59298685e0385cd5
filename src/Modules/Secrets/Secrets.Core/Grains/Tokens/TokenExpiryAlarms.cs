using Microsoft.Extensions.Logging;

namespace Platform.Secrets.Grains.Tokens;

/// <summary>
/// The expiry alarms of the token grains active on this node, all on one timer: a timer per token cost a timer
/// allocation per create and renewal and made the runtime's timer queue walk every token's timer several times a
/// second (~3% of a token create's CPU with 100k tokens active). An alarm only sends its grain
/// <see cref="ITokenGrain.ExpireAsync"/>; the grain decides (a renewed token re-arms instead), and use is refused at
/// the deadline whether or not the alarm has rung yet. A grain cancels its alarm when it re-arms or deactivates;
/// cancelled alarms are dropped when they come due, or all at once when they outnumber the live ones.
/// </summary>
public sealed partial class TokenExpiryAlarms(TimeProvider time, ILogger<TokenExpiryAlarms> logger) : IDisposable
{
    // Longest single wait TimeProvider timers take; a later deadline is waited for in steps.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(40);

    private const int CompactAbove = 1024;

    private readonly Lock _lock = new();
    private readonly PriorityQueue<Alarm, DateTimeOffset> _due = new();
    private ITimer? _timer;
    private DateTimeOffset _armedFor = DateTimeOffset.MaxValue;
    private int _cancelled;

    /// <summary>Rings <paramref name="grain"/> at <paramref name="deadline"/> unless cancelled first.</summary>
    public Alarm Set(ITokenGrain grain, DateTimeOffset deadline)
    {
        var alarm = new Alarm(this, grain, deadline);
        lock (_lock)
        {
            if (_cancelled > CompactAbove && _cancelled > _due.Count / 2)
            {
                Compact();
            }

            _due.Enqueue(alarm, deadline);
            if (deadline < _armedFor)
            {
                ArmFor(deadline);
            }
        }

        return alarm;
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _timer?.Dispose();
            _timer = null;
            _due.Clear();
        }
    }

    private void Ring()
    {
        var ringing = new List<Alarm>();
        lock (_lock)
        {
            var now = time.GetUtcNow();
            while (_due.TryPeek(out var alarm, out var deadline) && (deadline <= now || alarm.IsCancelled))
            {
                _due.Dequeue();
                if (alarm.IsCancelled)
                {
                    _cancelled--;
                }
                else
                {
                    alarm.MarkRung();
                    ringing.Add(alarm);
                }
            }

            _armedFor = DateTimeOffset.MaxValue;
            if (_due.TryPeek(out _, out var next))
            {
                ArmFor(next);
            }
        }

        foreach (var alarm in ringing)
        {
            alarm.Grain.ExpireAsync().ContinueWith(
                static (task, log) => LogExpiryFailed((ILogger)log!, task.Exception!.InnerException!.GetType().Name, task.Exception.InnerException.Message),
                logger, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }

    // Under the lock.
    private void ArmFor(DateTimeOffset deadline)
    {
        _armedFor = deadline;
        var wait = deadline - time.GetUtcNow();
        wait = wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestWait ? LongestWait : wait;
        if (_timer is null)
        {
            _timer = time.CreateTimer(static alarms => ((TokenExpiryAlarms)alarms!).Ring(), this, wait, Timeout.InfiniteTimeSpan);
        }
        else
        {
            _timer.Change(wait, Timeout.InfiniteTimeSpan);
        }
    }

    // Under the lock.
    private void Compact()
    {
        var live = _due.UnorderedItems.Where(item => !item.Element.IsCancelled).ToList();
        _due.Clear();
        _due.EnqueueRange(live);
        _cancelled = 0;
    }

    private void OnCancelled()
    {
        lock (_lock)
        {
            _cancelled++;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Revoking an expired token failed ({ErrorType}: {Message}); the expiry sweep retries, and use is refused meanwhile")]
    private static partial void LogExpiryFailed(ILogger logger, string errorType, string message);

    /// <summary>One grain's alarm.</summary>
    public sealed class Alarm(TokenExpiryAlarms owner, ITokenGrain grain, DateTimeOffset deadline)
    {
        private int _cancelled;

        internal ITokenGrain Grain { get; } = grain;

        public DateTimeOffset Deadline { get; } = deadline;

        internal bool IsCancelled => Volatile.Read(ref _cancelled) == 1;

        /// <summary>The alarm will not ring (a no-op once it has).</summary>
        public void Cancel()
        {
            if (Interlocked.Exchange(ref _cancelled, 1) == 0)
            {
                owner.OnCancelled();
            }
        }

        // Off the queue and ringing: a later Cancel has nothing left to count.
        internal void MarkRung() => Volatile.Write(ref _cancelled, 1);
    }
}
