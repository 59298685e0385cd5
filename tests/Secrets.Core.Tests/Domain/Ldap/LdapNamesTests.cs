using Platform.Secrets.Domain.Ldap;

namespace Secrets.Core.Tests.Domain.Ldap;

public sealed class LdapNamesTests
{
    [Theory]
    [InlineData("alice", "uid=alice,ou=users,dc=x")]
    [InlineData("a,ou=admins", "uid=a\\,ou\\=admins,ou=users,dc=x")]
    [InlineData("*)(uid=*", "uid=*)(uid\\=*,ou=users,dc=x")]
    public void ComposeBindDn_UserAttrAndUserDn_EscapesTheNameAsADnValue(string username, string expected) =>
        Assert.Equal(expected, LdapNames.ComposeBindDn("uid", "ou=users,dc=x", "", username));

    [Fact]
    public void ComposeBindDn_UpnDomain_IsNameAtDomain() =>
        Assert.Equal("alice@corp.example", LdapNames.ComposeBindDn("cn", "", "corp.example", "alice"));

    [Theory]
    [InlineData("alice", "(uid=alice)")]
    [InlineData("*)(uid=*", "(uid=\\2a\\29\\28uid=\\2a)")]
    [InlineData("*", "(uid=\\2a)")]
    public void UserFilter_AnyName_CannotAddFilterTerms(string username, string expected) =>
        Assert.Equal(expected, LdapNames.UserFilter("uid", username));

    [Theory]
    [InlineData("devs", "devs")]
    [InlineData("cn=devs,ou=groups,dc=x", "devs")]
    [InlineData("CN=Domain Admins,OU=Groups,DC=corp", "Domain Admins")]
    [InlineData("ou=groups,cn=ops,dc=x", "ops")]
    [InlineData("cn=a\\,b,ou=groups", "a,b")]
    [InlineData("uid=x,ou=groups", "uid=x,ou=groups")]
    public void GroupName_DnOrPlainValue_IsTheCnOrTheValue(string value, string expected) =>
        Assert.Equal(expected, LdapNames.GroupName(value));
}
