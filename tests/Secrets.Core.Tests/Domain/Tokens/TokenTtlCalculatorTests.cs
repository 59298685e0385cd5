using CsCheck;
using Platform.Kernel.Errors;
using Platform.Secrets.Domain.Tokens;

namespace Platform.Secrets.Tests.Domain.Tokens;

public sealed class TokenTtlCalculatorTests
{
    private static readonly DateTimeOffset Now = TokenTestData.Now;
    private static readonly TokenTtlLimits Limits = TokenTtlLimits.Vault;

    [Fact]
    public void Calculate_NothingAsked_GivesSystemDefault768h()
    {
        var decision = TokenTtlCalculator.Calculate(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, Now, Now, Limits);

        Assert.Equal(TimeSpan.FromHours(768), decision.Ttl);
        Assert.Empty(decision.Warnings);
    }

    [Fact]
    public void Calculate_TtlAboveSystemMax_CappedWithVaultWarning()
    {
        var decision = TokenTtlCalculator.Calculate(TimeSpan.Zero, TimeSpan.FromHours(1000), TimeSpan.Zero, TimeSpan.Zero, Now, Now, Limits);

        Assert.Equal(TimeSpan.FromHours(768), decision.Ttl);
        Assert.Equal("TTL of \"1000h0m0s\" exceeded the effective max_ttl of \"768h0m0s\"; TTL value is capped accordingly", Assert.Single(decision.Warnings));
    }

    [Fact]
    public void Calculate_ExplicitMaxCountedFromStart_CapsRenewal()
    {
        var start = Now.AddMinutes(-50);

        var decision = TokenTtlCalculator.Calculate(TimeSpan.FromHours(1), TimeSpan.FromMinutes(30), TimeSpan.Zero, TimeSpan.FromHours(1), start, Now, Limits);

        Assert.Equal(TimeSpan.FromMinutes(10), decision.Ttl);
    }

    [Fact]
    public void Calculate_Period_EscapesSystemMaxButNotExplicitMax()
    {
        var start = Now.AddHours(-2000);
        var unbounded = TokenTtlCalculator.Calculate(TimeSpan.FromHours(5), TimeSpan.Zero, TimeSpan.FromHours(1), TimeSpan.Zero, start, Now, Limits);
        var bounded = TokenTtlCalculator.Calculate(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromHours(1), TimeSpan.FromHours(2000.5), start, Now, Limits);

        Assert.Equal(TimeSpan.FromHours(1), unbounded.Ttl);
        Assert.Equal(TimeSpan.FromMinutes(30), bounded.Ttl);
    }

    [Fact]
    public void Calculate_PastExplicitMax_RefusesRenewal()
    {
        var error = Assert.Throws<ValidationException>(() =>
            TokenTtlCalculator.Calculate(TimeSpan.Zero, TimeSpan.FromHours(1), TimeSpan.Zero, TimeSpan.FromHours(1), Now.AddHours(-2), Now, Limits));

        Assert.Equal("past the max TTL, cannot renew", error.Message);
    }

    [Fact]
    public void CapByParent_ChildWouldOutliveParent_CutToParentsExpiry()
    {
        var decision = TokenTtlCalculator.CapByParent(new TtlDecision(TimeSpan.FromHours(2), []), Now.AddMinutes(30), Now);

        Assert.Equal(TimeSpan.FromMinutes(30), decision.Ttl);
        Assert.Contains("parent token's remaining lifetime", Assert.Single(decision.Warnings));
    }

    [Fact]
    public void Calculate_AnyInputs_NonPeriodicTtlIsPositiveAndNeverPastStartPlusMax()
    {
        var inputs =
            from increment in Gen.Int[0, 4000]
            from previous in Gen.Int[0, 4000]
            from explicitMax in Gen.Int[0, 4000]
            from age in Gen.Int[0, 767]
            select (Increment: TimeSpan.FromHours(increment), Previous: TimeSpan.FromHours(previous), ExplicitMax: TimeSpan.FromHours(explicitMax), Age: TimeSpan.FromHours(age));

        inputs.Sample(c =>
        {
            var start = Now - c.Age;
            var max = c.ExplicitMax > TimeSpan.Zero && c.ExplicitMax < Limits.MaxTtl ? c.ExplicitMax : Limits.MaxTtl;
            if (start + max <= Now)
            {
                return true;
            }

            var ttl = TokenTtlCalculator.Calculate(c.Increment, c.Previous, TimeSpan.Zero, c.ExplicitMax, start, Now, Limits).Ttl;
            return ttl > TimeSpan.Zero && Now + ttl <= start + max;
        }, iter: 2000);
    }

    [Fact]
    public void Calculate_AnyPeriod_TtlIsThePeriodWhileWithinExplicitMax()
    {
        var inputs =
            from period in Gen.Int[1, 10_000]
            from age in Gen.Int[0, 100_000]
            select (Period: TimeSpan.FromMinutes(period), Age: TimeSpan.FromMinutes(age));

        inputs.Sample(c =>
        {
            var ttl = TokenTtlCalculator.Calculate(TimeSpan.FromDays(1), TimeSpan.Zero, c.Period, TimeSpan.Zero, Now - c.Age, Now, Limits).Ttl;
            return ttl == c.Period;
        }, iter: 1000);
    }
}
