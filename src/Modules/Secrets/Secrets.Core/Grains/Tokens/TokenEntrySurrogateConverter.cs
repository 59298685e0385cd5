using Platform.Secrets.Domain.Tokens;

namespace Platform.Secrets.Grains.Tokens;

/// <summary>Maps <see cref="TokenEntry"/> to and from its Orleans surrogate.</summary>
[RegisterConverter]
public sealed class TokenEntrySurrogateConverter : IConverter<TokenEntry, TokenEntrySurrogate>
{
    public TokenEntry ConvertFromSurrogate(in TokenEntrySurrogate surrogate) => new()
    {
        Accessor = surrogate.Accessor,
        Policies = surrogate.Policies,
        ParentId = surrogate.ParentId,
        ParentAccessor = surrogate.ParentAccessor ?? "",
        Path = surrogate.Path,
        DisplayName = surrogate.DisplayName,
        Meta = surrogate.Meta,
        NumUses = surrogate.NumUses,
        CreationTime = surrogate.CreationTime,
        CreationTtl = surrogate.CreationTtl,
        LeaseTtl = surrogate.LeaseTtl,
        ExpireTime = surrogate.ExpireTime,
        LastRenewalTime = surrogate.LastRenewalTime,
        ExplicitMaxTtl = surrogate.ExplicitMaxTtl,
        Period = surrogate.Period,
        Renewable = surrogate.Renewable,
    };

    public TokenEntrySurrogate ConvertToSurrogate(in TokenEntry value) => new()
    {
        Accessor = value.Accessor,
        Policies = [.. value.Policies],
        ParentId = value.ParentId,
        ParentAccessor = value.ParentAccessor,
        Path = value.Path,
        DisplayName = value.DisplayName,
        Meta = value.Meta is null ? null : new Dictionary<string, string>(value.Meta, StringComparer.Ordinal),
        NumUses = value.NumUses,
        CreationTime = value.CreationTime,
        CreationTtl = value.CreationTtl,
        LeaseTtl = value.LeaseTtl,
        ExpireTime = value.ExpireTime,
        LastRenewalTime = value.LastRenewalTime,
        ExplicitMaxTtl = value.ExplicitMaxTtl,
        Period = value.Period,
        Renewable = value.Renewable,
    };
}
