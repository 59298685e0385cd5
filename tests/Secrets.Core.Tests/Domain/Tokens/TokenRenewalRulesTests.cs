using Platform.Kernel.Errors;
using Platform.Secrets.Domain.Tokens;

namespace Platform.Secrets.Tests.Domain.Tokens;

public sealed class TokenRenewalRulesTests
{
    private static readonly DateTimeOffset Now = TokenTestData.Now;

    [Fact]
    public void Renew_NoIncrement_GrantsThePreviousTtlFromNow()
    {
        var entry = TokenTestData.Child(TimeSpan.FromHours(1)) with { ParentId = "" };

        var renewal = TokenRenewalRules.Renew(entry, TimeSpan.Zero, null, Now.AddMinutes(40), TokenTtlLimits.Vault);

        Assert.Equal(TimeSpan.FromHours(1), renewal.Ttl);
        Assert.Equal(Now.AddMinutes(100), renewal.Entry.ExpireTime);
        Assert.Equal(Now.AddMinutes(40), renewal.Entry.LastRenewalTime);
    }

    [Fact]
    public void Renew_Increment_CappedByExplicitMaxFromCreation()
    {
        var entry = TokenTestData.Child(TimeSpan.FromHours(1)) with { ParentId = "", ExplicitMaxTtl = TimeSpan.FromHours(2) };

        var renewal = TokenRenewalRules.Renew(entry, TimeSpan.FromHours(5), null, Now.AddMinutes(30), TokenTtlLimits.Vault);

        Assert.Equal(TimeSpan.FromMinutes(90), renewal.Ttl);
        Assert.Single(renewal.Warnings);
    }

    [Fact]
    public void Renew_Child_NeverPastTheParentsExpiry()
    {
        var entry = TokenTestData.Child(TimeSpan.FromHours(1));

        var renewal = TokenRenewalRules.Renew(entry, TimeSpan.FromHours(3), Now.AddHours(2), Now.AddMinutes(10), TokenTtlLimits.Vault);

        Assert.Equal(Now.AddHours(2), renewal.Entry.ExpireTime);
    }

    [Fact]
    public void Renew_Periodic_AlwaysThePeriod()
    {
        var entry = TokenTestData.Child(TimeSpan.FromHours(1)) with { ParentId = "", Period = TimeSpan.FromHours(1) };

        var renewal = TokenRenewalRules.Renew(entry, TimeSpan.FromHours(10), null, Now.AddMinutes(59), TokenTtlLimits.Vault);

        Assert.Equal(TimeSpan.FromHours(1), renewal.Ttl);
    }

    [Fact]
    public void Renew_NonExpiringRoot_NotRenewable()
    {
        var error = Assert.Throws<ValidationException>(() => TokenRenewalRules.Renew(TokenTestData.Root(), TimeSpan.Zero, null, Now, TokenTtlLimits.Vault));

        Assert.Equal("lease is not renewable", error.Message);
    }

    [Fact]
    public void Renew_CreatedNonRenewable_Refused()
    {
        var entry = TokenTestData.Child(TimeSpan.FromHours(1)) with { Renewable = false };

        Assert.Throws<ValidationException>(() => TokenRenewalRules.Renew(entry, TimeSpan.Zero, null, Now, TokenTtlLimits.Vault));
    }

    [Fact]
    public void Renew_AtTheExactExpiry_Refused()
    {
        var entry = TokenTestData.Child(TimeSpan.FromHours(1));

        var error = Assert.Throws<ValidationException>(() => TokenRenewalRules.Renew(entry, TimeSpan.Zero, null, entry.ExpireTime!.Value, TokenTtlLimits.Vault));

        Assert.Equal("lease expired", error.Message);
    }
}
