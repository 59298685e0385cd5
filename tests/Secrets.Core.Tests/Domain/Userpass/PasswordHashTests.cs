using Platform.Secrets.Domain.Userpass;

namespace Secrets.Core.Tests.Domain.Userpass;

public sealed class PasswordHashTests
{
    // Tests use a low cost; the default (600,000 iterations) is checked by its own test below.
    private const int TestIterations = 1_000;

    [Fact]
    public void Verify_RightPassword_IsTrue_WrongPassword_IsFalse()
    {
        var stored = PasswordHash.Create("correct horse", TestIterations);

        Assert.True(PasswordHash.Verify("correct horse", stored));
        Assert.False(PasswordHash.Verify("correct hors", stored));
        Assert.False(PasswordHash.Verify("", stored));
    }

    [Fact]
    public void Create_SamePasswordTwice_GivesDifferentSalts()
    {
        Assert.NotEqual(PasswordHash.Create("pw", TestIterations), PasswordHash.Create("pw", TestIterations));
    }

    [Fact]
    public void Create_Default_UsesAtLeast600kIterationsAndNeverContainsThePassword()
    {
        var stored = PasswordHash.Create("marker-password-123");

        Assert.Equal("600000", stored.Split('$')[1]);
        Assert.DoesNotContain("marker-password-123", stored);
        Assert.True(PasswordHash.Verify("marker-password-123", stored));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plaintext")]
    [InlineData("pbkdf2-sha256$x$AA==$AA==")]
    [InlineData("pbkdf2-sha256$1000$not base64$AA==")]
    [InlineData("bcrypt$1000$AA==$AA==")]
    public void Verify_MalformedStoredValue_IsFalseNotAnException(string stored) =>
        Assert.False(PasswordHash.Verify("pw", stored));
}
