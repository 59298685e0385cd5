using Platform.Secrets.Domain.Tokens;

namespace Platform.Secrets.Grains.Tokens;

/// <summary>
/// How a <see cref="TokenEntry"/> is serialized by Orleans (grain state and calls between silos): the domain type
/// stays free of Orleans, this surrogate carries the ids. Never renumber.
/// </summary>
[GenerateSerializer]
public struct TokenEntrySurrogate
{
    [Id(0)] public string Accessor;
    [Id(1)] public string[] Policies;
    [Id(2)] public string ParentId;
    [Id(3)] public string Path;
    [Id(4)] public string DisplayName;
    [Id(5)] public Dictionary<string, string>? Meta;
    [Id(6)] public int NumUses;
    [Id(7)] public DateTimeOffset CreationTime;
    [Id(8)] public TimeSpan CreationTtl;
    [Id(9)] public TimeSpan LeaseTtl;
    [Id(10)] public DateTimeOffset? ExpireTime;
    [Id(11)] public DateTimeOffset? LastRenewalTime;
    [Id(12)] public TimeSpan ExplicitMaxTtl;
    [Id(13)] public TimeSpan Period;
    [Id(14)] public bool Renewable;
    [Id(15)] public string? ParentAccessor;
}
