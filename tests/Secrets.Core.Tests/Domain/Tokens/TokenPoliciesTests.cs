using Platform.Secrets.Domain.Tokens;

namespace Platform.Secrets.Tests.Domain.Tokens;

public sealed class TokenPoliciesTests
{
    [Fact]
    public void Sanitize_MixedInput_TrimsLowersDeduplicatesSortsAddsDefault()
    {
        Assert.Equal(["a", "b", "default"], TokenPolicies.Sanitize(["B", " a", "", "b"], addDefault: true));
    }

    [Fact]
    public void Sanitize_RootAmongOthers_OnlyRoot()
    {
        Assert.Equal(["root"], TokenPolicies.Sanitize(["web", "root", "db"], addDefault: true));
    }

    [Fact]
    public void Hash_SameToken_SameLowerHexIdNeverTheTokenItself()
    {
        var token = TokenSecrets.NewToken();

        var id = TokenSecrets.Hash(token);

        Assert.Equal(id, TokenSecrets.Hash(token));
        Assert.Equal(64, id.Length);
        Assert.DoesNotContain(token[4..], id);
        Assert.Matches("^hvs\\.[0-9A-Za-z]{24}$", token);
        Assert.Matches("^[0-9A-Za-z]{24}$", TokenSecrets.NewAccessor());
    }
}
