namespace Platform.Secrets.Grains.Leases;

/// <summary>The sweep's cursor: every minute bucket before <see cref="NextMinute"/> is finished and cleared.</summary>
[GenerateSerializer]
public sealed class LeaseExpirySweepState
{
    [Id(0)]
    public long NextMinute { get; set; }

    [Id(1)]
    public bool Started { get; set; }
}
