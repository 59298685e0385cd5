using Platform.Secrets.Domain.Leases;

namespace Platform.Secrets.Grains.Leases;

/// <summary>
/// A lease on a secret an engine issued (AWS credentials, a database user): when it ends, the lease store asks the
/// engine that issued it (found by <see cref="MountUuid"/>, so a remount keeps it) to revoke it, passing
/// <see cref="Internal"/> — what the engine recorded to undo the secret (never shown to clients). Never renumber.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SecretLease
{
    [Id(0)] public required string Id { get; init; }

    [Id(1)] public required DateTimeOffset IssueTime { get; init; }

    [Id(2)] public required DateTimeOffset ExpireTime { get; init; }

    [Id(3)] public DateTimeOffset? LastRenewalTime { get; init; }

    [Id(4)] public bool Renewable { get; init; }

    /// <summary>The mount's TTLs when the lease was issued: renewals are capped at issue time + max.</summary>
    [Id(5)] public required TimeSpan DefaultTtl { get; init; }

    [Id(6)] public required TimeSpan MaxTtl { get; init; }

    /// <summary>The storage id of the token the secret was issued to: revoking that token revokes this lease.</summary>
    [Id(7)] public required string TokenId { get; init; }

    [Id(8)] public required string MountUuid { get; init; }

    [Id(9)] public required string MountType { get; init; }

    [Id(10)] public IReadOnlyDictionary<string, string> Internal { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public LeaseTerms Terms => new(DefaultTtl, MaxTtl);

    public LeaseSummary Summary => new(Id, IssueTime, ExpireTime, LastRenewalTime, Renewable);
}
