using Platform.Secrets.Domain.Tokens;

namespace Secrets.Core.Tests.Domain.Tokens;

public sealed class TokenTtlLimitsTests
{
    private static readonly TimeSpan System = TimeSpan.FromHours(768);

    [Fact]
    public void ForMount_NothingTuned_IsTheSystemsLimits() =>
        Assert.Equal(new TokenTtlLimits(System, System), TokenTtlLimits.ForMount(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero));

    [Fact]
    public void ForMount_Tuned_UsesTheMountsDefaultAndMax() =>
        Assert.Equal(
            new TokenTtlLimits(TimeSpan.FromHours(1), TimeSpan.FromHours(2)),
            TokenTtlLimits.ForMount(TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.Zero));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 2)]
    public void ForMount_BackendMax_OnlyEverTightensTheMax(int backendHours, int expectedHours) =>
        Assert.Equal(
            TimeSpan.FromHours(expectedHours),
            TokenTtlLimits.ForMount(TimeSpan.Zero, TimeSpan.FromHours(2), TimeSpan.FromHours(backendHours)).MaxTtl);
}
