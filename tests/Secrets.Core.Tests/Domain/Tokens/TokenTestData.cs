using Platform.Secrets.Domain.Tokens;

namespace Platform.Secrets.Tests.Domain.Tokens;

/// <summary>Builders for token entries and creation requests.</summary>
internal static class TokenTestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 7, 0, 0, TimeSpan.Zero);

    public static TokenEntry Root() => new()
    {
        Accessor = "rootaccessor",
        Policies = [TokenPolicies.Root],
        Path = "auth/token/root",
        DisplayName = TokenDisplayName.Root,
        CreationTime = Now.AddDays(-1),
    };

    public static TokenEntry Child(TimeSpan ttl, params string[] policies) => new()
    {
        Accessor = "childaccessor",
        Policies = policies.Length == 0 ? ["default", "web"] : policies,
        ParentId = "parentid",
        Path = "auth/token/create",
        DisplayName = TokenDisplayName.Plain,
        CreationTime = Now,
        CreationTtl = ttl,
        LeaseTtl = ttl,
        ExpireTime = Now + ttl,
        Renewable = true,
    };

    public static TokenCreationResult Create(TokenCreationRequest request, TokenEntry parent, bool isSudo = false) =>
        TokenCreationRules.Decide(request, parent, "parentid", isSudo, "newaccessor", Now, TokenTtlLimits.Vault);
}
