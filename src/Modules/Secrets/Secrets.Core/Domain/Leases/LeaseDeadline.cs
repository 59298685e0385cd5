namespace Platform.Secrets.Domain.Leases;

/// <summary>
/// The deadline index's time buckets: one per UTC minute (Unix minutes). A bucket is finished once the minute after
/// it has fully passed too: one minute of grace for a lease registered by a node whose clock runs a little behind.
/// </summary>
public static class LeaseDeadline
{
    public static long MinuteOf(DateTimeOffset instant) => instant.ToUnixTimeSeconds() / 60;

    public static bool IsFinished(long minute, DateTimeOffset now) => minute + 2 <= MinuteOf(now);
}
