namespace Platform.Secrets.Grains.Leases;

/// <summary>What a secret lease grain persists; no lease: unknown or revoked.</summary>
[GenerateSerializer]
public sealed class SecretLeaseState
{
    [Id(0)]
    public SecretLease? Lease { get; set; }
}
