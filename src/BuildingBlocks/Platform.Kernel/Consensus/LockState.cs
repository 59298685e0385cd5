namespace Platform.Kernel.Consensus;

/// <summary>
/// A lock as persisted (behind the barrier like every grain state). <see cref="LastFencingToken"/> survives
/// releases, expiries and restarts, which is what keeps fencing tokens from ever being reused.
/// </summary>
[GenerateSerializer, Alias("Platform.Kernel.Consensus.LockState")]
public sealed class LockState
{
    [Id(0)]
    public long LastFencingToken { get; set; }

    /// <summary>The lease as last written; may be past its deadline until the expiry timer or a call clears it.</summary>
    [Id(1)]
    public LockLease? Lease { get; set; }
}
