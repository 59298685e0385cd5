using Platform.Kernel.Errors;
using Platform.Secrets.Domain.Tokens;

namespace Platform.Secrets.Tests.Domain.Tokens;

public sealed class TokenCreationRulesTests
{
    private static readonly DateTimeOffset Now = TokenTestData.Now;

    [Fact]
    public void Decide_RootParentNoArguments_NonExpiringNonRenewableRootChild()
    {
        var result = TokenTestData.Create(new TokenCreationRequest(), TokenTestData.Root(), isSudo: true);

        Assert.Equal(["root"], result.Entry.Policies);
        Assert.Null(result.Entry.ExpireTime);
        Assert.False(result.Entry.Renewable);
        Assert.Equal("parentid", result.Entry.ParentId);
        Assert.Equal("auth/token/create", result.Entry.Path);
        Assert.Equal("token", result.Entry.DisplayName);
    }

    [Fact]
    public void Decide_RootParentWithPolicies_AddsDefaultAndGetsSystemDefaultTtl()
    {
        var result = TokenTestData.Create(new TokenCreationRequest { Policies = ["Web", " db ", "web"] }, TokenTestData.Root(), isSudo: true);

        Assert.Equal(["db", "default", "web"], result.Entry.Policies);
        Assert.Equal(Now + TimeSpan.FromHours(768), result.Entry.ExpireTime);
        Assert.True(result.Entry.Renewable);
    }

    [Fact]
    public void Decide_NoDefaultPolicy_LeavesDefaultOut()
    {
        var result = TokenTestData.Create(new TokenCreationRequest { Policies = ["web", "default"], NoDefaultPolicy = true }, TokenTestData.Root(), isSudo: true);

        Assert.Equal(["web"], result.Entry.Policies);
    }

    [Fact]
    public void Decide_NonSudoAsksPolicyParentLacks_RefusedWithVaultText()
    {
        var parent = TokenTestData.Child(TimeSpan.FromHours(1), "default", "web");

        var error = Assert.Throws<ValidationException>(() => TokenTestData.Create(new TokenCreationRequest { Policies = ["admin"] }, parent));

        Assert.Equal("child policies must be subset of parent", error.Message);
    }

    [Fact]
    public void Decide_NonSudoSubset_KeepsDefaultBecauseParentHasIt()
    {
        var parent = TokenTestData.Child(TimeSpan.FromHours(1), "default", "web");

        var result = TokenTestData.Create(new TokenCreationRequest { Policies = ["web"] }, parent);

        Assert.Equal(["default", "web"], result.Entry.Policies);
    }

    [Fact]
    public void Decide_SudoNonRootAsksRoot_Refused()
    {
        var parent = TokenTestData.Child(TimeSpan.FromHours(1), "admin");

        var error = Assert.Throws<ValidationException>(() => TokenTestData.Create(new TokenCreationRequest { Policies = ["root"] }, parent, isSudo: true));

        Assert.Equal("root tokens may not be created without parent token being root", error.Message);
    }

    [Theory]
    [InlineData("no_parent", "root or sudo privileges required to create orphan token")]
    [InlineData("period", "root or sudo privileges required to create periodic token")]
    [InlineData("id", "root or sudo privileges required to specify token id")]
    public void Decide_PrivilegedOptionWithoutSudo_Refused(string option, string message)
    {
        var request = option switch
        {
            "no_parent" => new TokenCreationRequest { NoParent = true },
            "period" => new TokenCreationRequest { Period = TimeSpan.FromHours(1) },
            _ => new TokenCreationRequest { Id = "my-token" },
        };

        var error = Assert.Throws<ValidationException>(() => TokenTestData.Create(request, TokenTestData.Child(TimeSpan.FromHours(1))));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Decide_CreateOrphanEndpointWithoutSudo_MakesAnOrphan()
    {
        var result = TokenTestData.Create(new TokenCreationRequest { OrphanEndpoint = true }, TokenTestData.Child(TimeSpan.FromHours(1)));

        Assert.True(result.Entry.IsOrphan);
        Assert.Equal("auth/token/create-orphan", result.Entry.Path);
        // An orphan is not bound by its creator's lifetime.
        Assert.Equal(Now + TimeSpan.FromHours(768), result.Entry.ExpireTime);
    }

    [Fact]
    public void Decide_ChildAsksLongerThanParentLives_CappedToParentsExpiry()
    {
        var parent = TokenTestData.Child(TimeSpan.FromMinutes(10));

        var result = TokenTestData.Create(new TokenCreationRequest { Ttl = TimeSpan.FromHours(1) }, parent);

        Assert.Equal(parent.ExpireTime, result.Entry.ExpireTime);
        Assert.Single(result.Warnings);
    }

    [Fact]
    public void Decide_ExpiringRootAsksNonExpiringRoot_Refused()
    {
        var expiringRoot = TokenTestData.Root() with { ExpireTime = Now.AddHours(1), CreationTtl = TimeSpan.FromHours(1), LeaseTtl = TimeSpan.FromHours(1) };

        var error = Assert.Throws<ValidationException>(() => TokenTestData.Create(new TokenCreationRequest(), expiringRoot, isSudo: true));

        Assert.Equal("expiring root tokens cannot create non-expiring root tokens", error.Message);
    }

    [Fact]
    public void Decide_ExplicitMaxOnRoot_BoundsTheRootToken()
    {
        var result = TokenTestData.Create(new TokenCreationRequest { ExplicitMaxTtl = TimeSpan.FromHours(2) }, TokenTestData.Root(), isSudo: true);

        Assert.Equal(Now.AddHours(2), result.Entry.ExpireTime);
        Assert.True(result.Entry.Renewable);
    }

    [Fact]
    public void Decide_NegativeUses_Refused()
    {
        var error = Assert.Throws<ValidationException>(() => TokenTestData.Create(new TokenCreationRequest { NumUses = -1 }, TokenTestData.Root(), isSudo: true));

        Assert.Equal("number of uses cannot be negative", error.Message);
    }

    [Fact]
    public void Decide_NonAssignablePolicy_Refused()
    {
        var error = Assert.Throws<ValidationException>(() => TokenTestData.Create(new TokenCreationRequest { Policies = ["control-group"] }, TokenTestData.Root(), isSudo: true));

        Assert.Equal("cannot assign policy \"control-group\"", error.Message);
    }

    [Theory]
    [InlineData(null, "token")]
    [InlineData("", "token")]
    [InlineData("web app", "token-web-app")]
    [InlineData("ci/deploy!", "token-ci-deploy")]
    public void ForCreate_DisplayName_SanitisedLikeVault(string? requested, string expected)
    {
        Assert.Equal(expected, TokenDisplayName.ForCreate(requested));
    }
}
