using Platform.Kernel.Errors;
using Platform.Secrets.Domain.Ldap;

namespace Secrets.Core.Tests.Domain.Ldap;

public sealed class LdapGroupFilterTests
{
    [Fact]
    public void Render_VaultDefault_SubstitutesBothPlaceholders()
    {
        var filter = LdapGroupFilter.Render(LdapGroupFilter.VaultDefault, "uid=alice,ou=people,dc=example,dc=org", "alice");

        Assert.Equal("(|(memberUid=alice)(member=uid=alice,ou=people,dc=example,dc=org)(uniqueMember=uid=alice,ou=people,dc=example,dc=org))", filter);
    }

    [Fact]
    public void Render_InjectionInUsername_IsEscaped()
    {
        var filter = LdapGroupFilter.Render("(memberUid={{.Username}})", "uid=x", "*)(cn=*");

        Assert.Equal("(memberUid=\\2a\\29\\28cn=\\2a)", filter);
    }

    [Fact]
    public void Render_SpacesInsideBraces_AreAccepted()
    {
        Assert.Equal("(member=dn)", LdapGroupFilter.Render("(member={{ .UserDN }})", "dn", "u"));
    }

    [Theory]
    [InlineData("(cn={{.Password}})")]
    [InlineData("(cn={{printf \"%s\" .Username}})")]
    public void Validate_OtherActions_AreRefusedWithTheirText(string template)
    {
        Assert.NotEmpty(LdapGroupFilter.Validate(template));
        Assert.Throws<ValidationException>(() => LdapGroupFilter.Render(template, "dn", "u"));
    }
}
