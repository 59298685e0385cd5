using Platform.Secrets.Domain.Leases;

namespace Secrets.Core.Tests.Domain.Leases;

public sealed class LeaseTermsTests
{
    private static readonly DateTimeOffset Issued = new(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Initial_NoRequest_UsesTheMountDefault()
    {
        var terms = LeaseTerms.ForMount(TimeSpan.FromHours(1), TimeSpan.FromHours(24));

        Assert.Equal(TimeSpan.FromHours(1), terms.Initial(null));
    }

    [Fact]
    public void Initial_RequestAboveMax_IsCapped()
    {
        var terms = LeaseTerms.ForMount(TimeSpan.FromHours(1), TimeSpan.FromHours(24));

        Assert.Equal(TimeSpan.FromHours(24), terms.Initial(TimeSpan.FromHours(100)));
    }

    [Fact]
    public void ForMount_NothingTuned_InheritsTheSystems768h()
    {
        Assert.Equal(LeaseTerms.System, LeaseTerms.ForMount(TimeSpan.Zero, TimeSpan.Zero));
    }

    [Fact]
    public void Renew_IncrementPastMaxTtl_StopsAtIssuePlusMax()
    {
        var terms = LeaseTerms.ForMount(TimeSpan.FromHours(1), TimeSpan.FromHours(2));

        var now = Issued.AddMinutes(90);

        Assert.Equal(Issued.AddHours(2), terms.Renew(Issued, now, TimeSpan.FromHours(1)));
        Assert.Equal(now.AddMinutes(10), terms.Renew(Issued, now, TimeSpan.FromMinutes(10)));
    }
}
