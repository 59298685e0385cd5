using CsCheck;
using Platform.Secrets.Domain.Ldap;

namespace Secrets.Core.Tests.Domain.Ldap;

public sealed class LdapEscapingTests
{
    [Theory]
    [InlineData("alice", "alice")]
    [InlineData("*)(uid=*", "\\2a\\29\\28uid=\\2a")]
    [InlineData("a\\b", "a\\5cb")]
    [InlineData("nul\0", "nul\\00")]
    [InlineData("é", "\\c3\\a9")]
    public void FilterValue_SpecialCharacters_AreHexEscaped(string input, string expected) =>
        Assert.Equal(expected, LdapEscaping.FilterValue(input));

    [Theory]
    [InlineData("alice", "alice")]
    [InlineData("a,ou=admins", "a\\,ou\\=admins")]
    [InlineData(" lead", "\\ lead")]
    [InlineData("trail ", "trail\\ ")]
    [InlineData("#hash", "\\#hash")]
    [InlineData("x+y\"<>;", "x\\+y\\\"\\<\\>\\;")]
    public void DnValue_SpecialCharacters_AreBackslashEscaped(string input, string expected) =>
        Assert.Equal(expected, LdapEscaping.DnValue(input));

    [Fact]
    public void FilterValue_AnyInput_LeavesNoUnescapedFilterMetacharacter()
    {
        Gen.String.Sample(input =>
        {
            var escaped = LdapEscaping.FilterValue(input);
            Assert.DoesNotContain('*', escaped);
            Assert.DoesNotContain('(', escaped);
            Assert.DoesNotContain(')', escaped);
            Assert.DoesNotContain('\0', escaped);
            Assert.All(escaped.Split('\\').Skip(1), part => Assert.Matches("^[0-9a-f]{2}", part));
        }, iter: 2000);
    }
}
